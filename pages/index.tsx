import type { GetStaticProps } from 'next';
import Link from 'next/link';
import { ChartFigure, chartImages } from '@/components/chart-figure';
import { DataTableView } from '@/components/data-table';
import { FigureDownloads } from '@/components/figure-downloads';
import { ThenAndNowView } from '@/components/home/then-and-now';
import { PageTitle } from '@/components/page-title';
import { SiteSearch } from '@/components/search/site-search';
import { compareDownloadLinks } from '@/lib/comparison/files';
import { compareFileHref, compareHref } from '@/lib/comparison/params';
import { comparisonFigures, type Figure } from '@/lib/comparison/figures';
import { getDataset } from '@/lib/data/get-dataset';
import { formatPercent } from '@/lib/tables/format';
import { pageProps } from '@/lib/http/page-props';
import { getStory, STORY, type Story } from '@/lib/home/story';
import { getThenAndNow, type ThenAndNow } from '@/lib/home/then-and-now';
import type { DataTable } from '@/lib/tables/table';
import { comparisonTable } from '@/lib/comparison/tables';

// No client JavaScript (see pages/_app.tsx). `runtime` is named too: Next's type for a page's
// config does not list unstable_runtimeJS, and must share a property with it.
export const config = { runtime: 'nodejs', unstable_runtimeJS: false };

interface HomeProps {
  headline: Story['headline'];
  thenAndNow: ThenAndNow;
  figures: Figure[];
  table: DataTable;
  codes: string[];
  vintage: string;
  year: number;
}

/** Built once, at build time: the story's figures from the shipped tables. */
export const getStaticProps: GetStaticProps<HomeProps> = async () => {
  const dataset = getDataset();
  const { headline, comparison } = getStory(dataset);
  return {
    props: pageProps({
      headline,
      thenAndNow: getThenAndNow(dataset, STORY.socCode, STORY.vintage),
      figures: comparisonFigures(dataset, comparison, ['growth', 'median-wage']),
      table: comparisonTable(comparison),
      codes: comparison.rows.map((r) => r.socCode),
      vintage: comparison.vintage.vintage,
      year: comparison.release.year,
    }),
  };
};

export default function HomePage({ headline, thenAndNow, figures, table, codes, vintage, year }: HomeProps) {
  const href = compareHref(codes, vintage, year);
  return (
    <>
      <PageTitle />
      <h1>{headline.title}</h1>
      <p className="lede">
        BLS projected jobs for {headline.title.toLowerCase()} to grow {formatPercent(headline.growthPercent, 0)} from {headline.period}, and they
        paid a median {headline.medianWage} a year in {headline.wagePeriod}. How does that compare with related health careers?
      </p>
      <SiteSearch id="home-q" label="Find an occupation by the words you use" />
      <ul className="headline-figures">
        <li data-figure="growth">
          <span className="figure-value">{formatPercent(headline.growthPercent, 0)}</span>
          <span className="figure-label">projected growth, {headline.period} ({headline.employmentBase} → {headline.employmentTarget} jobs)</span>
          <span className="source">Source: {headline.growthSource}</span>
        </li>
        <li data-figure="median-wage">
          <span className="figure-value">{headline.medianWage}</span>
          <span className="figure-label">median annual wage, {headline.wagePeriod}</span>
          <span className="source">Source: {headline.wageSource}</span>
        </li>
      </ul>
      <ThenAndNowView socCode={STORY.socCode} data={thenAndNow} />
      <p>
        <Link prefetch={false} className="button" href={href}>Open this comparison and change it</Link>
      </p>
      <section aria-labelledby="charts-heading" className="below-first-screen">
        <h2 id="charts-heading">Beside related health careers</h2>
        <div className="charts charts--two">
          {figures.map((f) => (
            <ChartFigure
              key={f.slug}
              id={f.slug}
              spec={f.spec}
              images={chartImages(f.spec, (w) => compareFileHref(f.slug, 'svg', codes, vintage, year, w))}
              table={<DataTableView table={f.table} />}
              tools={<FigureDownloads links={compareDownloadLinks(f.slug, f.spec.title, codes, vintage, year)} />}
            />
          ))}
        </div>
      </section>
      <section aria-labelledby="figures-heading">
        <h2 id="figures-heading">The figures</h2>
        <DataTableView table={table} />
        <FigureDownloads links={compareDownloadLinks('comparison', table.caption, codes, vintage, year)} />
      </section>
      <p>
        <Link prefetch={false} href="/releases">Whole releases as CSV</Link>: every occupation of each OEWS release and Employment Projections vintage.
      </p>
    </>
  );
}
