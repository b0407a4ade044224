import Link from 'next/link';
import { DataTableView } from '@/components/data-table';
import { FigureDownloads } from '@/components/figure-downloads';
import type { DownloadLinks } from '@/lib/http/downloads';
import type { DataTable } from '@/lib/tables/table';
import styles from './profile.module.css';

/** Did BLS's projections for this occupation come true? Each scored vintage against the later count. */
export function ScorecardSection({ table, links }: { table: DataTable | null; links: DownloadLinks }) {
  return (
    <section aria-labelledby="scorecard-heading" className={styles.section}>
      <h2 id="scorecard-heading">Did the projections come true?</h2>
      {table ? (
        <>
          <p>
            Each projection whose target year has passed, against the employment BLS counted in that year (the base year of a later vintage).
            Codes that changed are followed through the SOC crosswalks and marked where the comparison is not like for like.
          </p>
          <DataTableView table={table} />
          <FigureDownloads links={links} />
        </>
      ) : (
        <p>No projection of this code has reached its target year with a later count to check it against.</p>
      )}
      <p>
        <Link prefetch={false} href="/scorecard">The projection scorecard across all occupations</Link>
      </p>
    </section>
  );
}
