import Link from 'next/link';
import { ChartFigure } from '@/components/chart-figure';
import { DataTableView } from '@/components/data-table';
import { growthChart, medianWageChart } from '@/lib/charts/comparison-charts';
import { renderFigurePair } from '@/lib/charts/render-svg';
import { getDataset } from '@/lib/data/get-dataset';
import { formatPercent } from '@/lib/format';
import { getStory } from '@/lib/story';
import { comparisonTable } from '@/lib/tables';

export default async function HomePage() {
  const { headline, comparison } = getStory(getDataset());
  const specs = [growthChart(comparison), medianWageChart(comparison)];
  const svgs = await Promise.all(specs.map(renderFigurePair));
  const table = comparisonTable(comparison);
  const compareHref = `/compare?occupations=${comparison.rows.map((r) => r.socCode).join(',')}&vintage=${comparison.vintage.vintage}&release=${comparison.release.year}`;
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
        <Link className="button" href={compareHref}>Open this comparison and change it</Link>
      </p>
      <h2>Beside related health careers</h2>
      <div className="charts charts--two">
        {specs.map((spec, i) => (
          <ChartFigure key={spec.id} id={spec.id} title={spec.title} svg={svgs[i]!} table={<DataTableView table={table} />} />
        ))}
      </div>
      <h2>The figures</h2>
      <DataTableView table={table} />
    </>
  );
}
