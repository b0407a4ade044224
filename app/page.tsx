import Link from 'next/link';
import { ChartFigure, chartImages } from '@/components/chart-figure';
import { DataTableView } from '@/components/data-table';
import { FigureDownloads } from '@/components/figure-downloads';
import { compareDownloadLinks } from '@/lib/compare-downloads';
import { comparisonFigures } from '@/lib/comparison-figures';
import { getDataset } from '@/lib/data/get-dataset';
import { formatPercent } from '@/lib/format';
import { getStory } from '@/lib/story';
import { comparisonTable } from '@/lib/tables';
import { compareFileHref, compareHref } from '@/lib/compare-params';

export default function HomePage() {
  const dataset = getDataset();
  const { headline, comparison } = getStory(dataset);
  const figures = comparisonFigures(dataset, comparison).filter((f) => f.slug === 'growth' || f.slug === 'median-wage');
  const codes = comparison.rows.map((r) => r.socCode);
  const table = comparisonTable(comparison);
  const vintage = comparison.vintage.vintage;
  const year = comparison.release.year;
  const href = compareHref(codes, vintage, year);
  return (
    <>
      <h1>{headline.title}</h1>
      <p className="lede">
        BLS projected jobs for {headline.title.toLowerCase()} to grow {formatPercent(headline.growthPercent, 0)} from {headline.period}, and they
        paid a median {headline.medianWage} a year in {headline.wagePeriod}. How does that compare with related health careers?
      </p>
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
      <p>
        <Link prefetch={false} className="button" href={href}>Open this comparison and change it</Link>
      </p>
      <h2>Beside related health careers</h2>
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
      <h2>The figures</h2>
      <DataTableView table={table} />
      <FigureDownloads links={compareDownloadLinks('comparison', table.caption, codes, vintage, year)} />
      <p>
        <Link prefetch={false} href="/releases">Whole releases as CSV</Link>: every occupation of each OEWS release and Employment Projections vintage.
      </p>
    </>
  );
}
