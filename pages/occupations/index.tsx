import type { GetServerSideProps } from 'next';
import Link from 'next/link';
import { FinderForm } from '@/components/finder/finder-form';
import { FinderTable } from '@/components/finder/finder-table';
import styles from '@/components/finder/finder.module.css';
import { Notices } from '@/components/notices';
import { PageTitle } from '@/components/page-title';
import { getDataset } from '@/lib/data/get-dataset';
import { parseFinderParams } from '@/lib/finder/params';
import { finderView, type FinderView } from '@/lib/finder/view';
import { pageProps } from '@/lib/http/page-props';

// No client JavaScript (see pages/_app.tsx); `runtime` is there for Next's config type.
export const config = { runtime: 'nodejs', unstable_runtimeJS: false };

/**
 * `/occupations?group=29&education=associates&min_wage=40000&sort=-growth`: every current
 * detailed occupation, filtered and sorted by the URL, rendered per request. A bad parameter is
 * left out and named in a notice (the CSV of the same view answers 400 instead).
 */
export const getServerSideProps: GetServerSideProps<{ view: FinderView }> = async ({ query }) => {
  const { params, notices } = parseFinderParams(query);
  return { props: pageProps({ view: finderView(getDataset(), params, notices) }) };
};

export default function OccupationFinderPage({ view }: { view: FinderView }) {
  const { source, table, total } = view;
  const shown = table.rows.length;
  return (
    <>
      <PageTitle title="Occupation finder" />
      <h1>Occupation finder</h1>
      <p className="lede">
        Every detailed occupation BLS projects: median pay (OEWS {source.release}), jobs in {source.baseYear}, projected growth and openings a year (Employment Projections{' '}
        {source.vintage}), and what it typically takes to start. Filter and sort, then open an occupation or compare several.
      </p>
      <Notices notices={view.notices} />
      <FinderForm view={view} />
      <p className={styles.count} role="status">
        {shown.toLocaleString('en-US')} of {total.toLocaleString('en-US')} occupations
      </p>
      <p className="muted">
        <a href={view.csvHref} download>Download these rows as CSV</a> · <Link prefetch={false} href={view.aboutHref}>About this data</Link>
      </p>
      {shown ? (
        <form method="get" action="/compare" aria-label="Compare occupations">
          <div className={styles.compareBar}>
            <button type="submit">Compare the chosen occupations</button>
            <span className="muted">Tick up to {view.compareMax}.</span>
          </div>
          <FinderTable view={view} />
          <div className={styles.compareBar}>
            <button type="submit">Compare the chosen occupations</button>
          </div>
        </form>
      ) : (
        <p>No occupation matches all of these filters. Remove one, or <Link prefetch={false} href="/occupations">clear them all</Link>.</p>
      )}
    </>
  );
}
