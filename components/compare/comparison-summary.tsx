import { DataTableView } from '@/components/data-table';
import { FigureDownloads } from '@/components/figure-downloads';
import type { DownloadLinks } from '@/lib/http/downloads';
import type { DataTable } from '@/lib/tables/table';

/**
 * The comparison at a glance: one table of wages, jobs, growth, openings and what it takes to
 * enter, with its CSV, and the way to print the page as a handout. "Print or save as PDF" is a
 * link to how-to words; with the page's script (print-link) it opens the print dialog.
 */
export function ComparisonSummary({ table, links }: { table: DataTable; links: DownloadLinks }) {
  return (
    <section aria-labelledby="summary-heading" className="comparison-summary">
      <h2 id="summary-heading">At a glance</h2>
      <DataTableView table={table} />
      <div className="summary-tools no-print">
        <FigureDownloads links={links} />
        <p>
          <a href="#print-help" data-print-link>Print or save as PDF</a>
          <span id="print-help" className="muted" tabIndex={-1}> — your browser&apos;s Print command (Ctrl+P, or ⌘P on a Mac) prints this comparison as a two-page handout, or saves it as a PDF.</span>
        </p>
      </div>
    </section>
  );
}
