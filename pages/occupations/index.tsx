import type { GetServerSideProps } from 'next';
import Link from 'next/link';
import { FinderForm } from '@/components/finder/finder-form';
import { FinderPager } from '@/components/finder/finder-pager';
import { FinderTable } from '@/components/finder/finder-table';
import styles from '@/components/finder/finder.module.css';
import { Notices } from '@/components/notices';
import { PageTitle } from '@/components/page-title';
import { getDataset } from '@/lib/data/get-dataset';
import { parseFinderParams } from '@/lib/finder/params';
import { finderView, type FinderView } from '@/lib/finder/view';
import { pageProps } from '@/lib/http/page-props';
import { formatCount } from '@/lib/tables/format';

// No client JavaScript (see pages/_app.tsx); `runtime` is there for Next's config type.
export const config = { runtime: 'nodejs', unstable_runtimeJS: false };

/**
 * `/occupations?group=29&education=associates&min_wage=40000&sort=-growth&page=2`: every current
 * detailed occupation, filtered and sorted by the URL, a page of rows at a time, rendered per
 * request. A bad parameter is left out and named in a notice (the CSV of the same view answers
 * 400 instead); a page past the last shows the last, with a notice.
 */
export const getServerSideProps: GetServerSideProps<{ view: FinderView }> = async ({ query }) => {
  const { params, notices } = parseFinderParams(query);
  return { props: pageProps({ view: finderView(getDataset(), params, notices) }) };
};

/** "Showing 51–100 of 158 matching occupations (832 in all)". */
function countText({ paging, matching, total }: FinderView): string {
  const n = formatCount;
  const of = matching === total ? `${n(total)} occupations` : `${n(matching)} matching occupation${matching === 1 ? '' : 's'} (${n(total)} in all)`;
  if (matching === 0) return `No occupations match (${n(total)} in all)`;
  if (paging.pageCount === 1) return matching === 1 ? `Showing the one matching occupation (${n(total)} in all)` : `Showing all ${of}`;
  return `Showing ${n(paging.first)}–${n(paging.last)} of ${of}`;
}

export default function OccupationFinderPage({ view }: { view: FinderView }) {
  const { source, table, matching, paging } = view;
  const shown = table.rows.length;
  const pageSuffix = paging.pageCount > 1 ? `, page ${paging.page} of ${paging.pageCount}` : '';
  return (
    <>
      <PageTitle title={`Occupation finder${pageSuffix}`} />
      <h1>Occupation finder</h1>
      <p className="lede">
        Every detailed occupation BLS projects: median pay (OEWS {source.release}), jobs in {source.baseYear}, projected growth and openings a year (Employment Projections{' '}
        {source.vintage}), and what it typically takes to start. Filter and sort, then open an occupation or compare several.
      </p>
      <Notices notices={view.notices} />
      <FinderForm view={view} />
      <p className={styles.count} role="status">
        {countText(view)}
      </p>
      {matching ? (
        <p className="muted">
          <a href={view.csvHref} download>
            Download {matching === 1 ? 'the 1 matching row' : `all ${formatCount(matching)} ${matching === view.total ? '' : 'matching '}rows`} as CSV
          </a>{' '}
          · <Link prefetch={false} href={view.aboutHref}>About this data</Link>
        </p>
      ) : null}
      {shown ? (
        <form method="get" action="/compare" aria-label="Compare occupations">
          <div className={styles.compareBar}>
            <button type="submit">Compare the chosen occupations</button>
            <span className="muted">Tick up to {view.compareMax} on this page.</span>
          </div>
          <FinderTable view={view} />
          <div className={styles.compareBar}>
            <button type="submit">Compare the chosen occupations</button>
          </div>
        </form>
      ) : null}
      {shown ? (
        <FinderPager paging={paging} label="Pages of occupations" />
      ) : (
        <p>No occupation matches all of these filters. Remove one, or <Link prefetch={false} href="/occupations">clear them all</Link>.</p>
      )}
    </>
  );
}
