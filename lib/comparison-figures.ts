import type { Comparison } from './comparison';
import type { Dataset } from './data/assemble';
import type { ChartSpec } from './charts/spec';
import type { DataTable } from './tables';
import { growthChart, growthVsWageChart, medianWageChart, wageRangeChart, wageTrendChart } from './charts/comparison-charts';
import { growthTable, growthVsWageTable, medianWageTable, wageRangeTable, wageTrendTable } from './comparison-tables';

/** The figures of a comparison, in page order. `slug` names the figure in URLs and file names. */
export const FIGURE_SLUGS = ['growth', 'median-wage', 'wage-range', 'growth-vs-wage', 'wage-trend'] as const;
export type FigureSlug = (typeof FIGURE_SLUGS)[number];

export interface Figure {
  slug: FigureSlug;
  spec: ChartSpec;
  table: DataTable;
}

/** Chart and table are built from the same comparison, so they cannot disagree. */
export function comparisonFigures(dataset: Dataset, c: Comparison, only?: FigureSlug): Figure[] {
  const build: Record<FigureSlug, () => Figure> = {
    growth: () => ({ slug: 'growth', spec: growthChart(c), table: growthTable(c) }),
    'median-wage': () => ({ slug: 'median-wage', spec: medianWageChart(c), table: medianWageTable(c) }),
    'wage-range': () => ({ slug: 'wage-range', spec: wageRangeChart(c), table: wageRangeTable(c) }),
    'growth-vs-wage': () => ({ slug: 'growth-vs-wage', spec: growthVsWageChart(c), table: growthVsWageTable(c) }),
    'wage-trend': () => ({ slug: 'wage-trend', spec: wageTrendChart(c, dataset.wageReleases, dataset.cpi), table: wageTrendTable(c, dataset.wageReleases, dataset.cpi) }),
  };
  return (only ? [only] : FIGURE_SLUGS).map((slug) => build[slug]());
}

export function isFigureSlug(value: string): value is FigureSlug {
  return (FIGURE_SLUGS as readonly string[]).includes(value);
}
