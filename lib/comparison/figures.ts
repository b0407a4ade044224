import type { Comparison } from './model';
import type { Dataset } from '../data/assemble';
import type { ChartSpec } from '../charts/spec';
import type { DataTable } from '../tables/table';
import { growthChart, growthVsWageChart, medianWageChart, wageRangeChart, wageTrendChart } from './charts';
import { growthTable, growthVsWageTable, medianWageTable, wageRangeTable, wageTrendTable } from './tables';
import { getScorecard, getVintageScorecard, scorecardEntriesFor } from '../scorecard/model';
import { occupationScorecardTable } from '../scorecard/tables';
import { occupationsChangeChart } from '../scorecard/chart';
import { summaryLeftOutNote } from '../scorecard/notes';

/** The figures of a comparison, in page order. `slug` names the figure in URLs and file names. */
export const FIGURE_SLUGS = ['growth', 'median-wage', 'wage-range', 'growth-vs-wage', 'wage-trend', 'projection-check'] as const;
export type FigureSlug = (typeof FIGURE_SLUGS)[number];

export interface Figure {
  slug: FigureSlug;
  spec: ChartSpec;
  table: DataTable;
}

/**
 * Chart and table are built from the same comparison, so they cannot disagree. The projection
 * check exists only for a vintage whose target year has passed (a later vintage counts it).
 */
export function comparisonFigures(dataset: Dataset, c: Comparison, only?: FigureSlug | readonly FigureSlug[]): Figure[] {
  const build: Record<FigureSlug, () => Figure | null> = {
    growth: () => ({ slug: 'growth', spec: growthChart(c), table: growthTable(c) }),
    'median-wage': () => ({ slug: 'median-wage', spec: medianWageChart(c), table: medianWageTable(c) }),
    'wage-range': () => ({ slug: 'wage-range', spec: wageRangeChart(c), table: wageRangeTable(c) }),
    'growth-vs-wage': () => ({ slug: 'growth-vs-wage', spec: growthVsWageChart(c), table: growthVsWageTable(c) }),
    'wage-trend': () => ({ slug: 'wage-trend', spec: wageTrendChart(c, dataset.wageReleases, dataset.cpi), table: wageTrendTable(c, dataset.wageReleases, dataset.cpi) }),
    'projection-check': () => {
      const v = getVintageScorecard(getScorecard(dataset), c.vintage.vintage);
      if (!v) return null;
      const entries = scorecardEntriesFor(v, c.rows.map((r) => r.socCode));
      const table = occupationScorecardTable(c.rows.map((r) => r.socCode).join('-'), entries);
      // Summary lines (17-1010 …) are not scored; each one chosen is named rather than dropped.
      const summaries = c.rows.flatMap((r) => (r.projection?.level === 'summary' && !entries.some((e) => e.projected.some((p) => p.socCode === r.socCode)) ? [r.projection] : []));
      const leftOut = summaries.map((p) => summaryLeftOutNote(p, c.vintage));
      const caption = `Projected (${v.vintage}) against actual employment in ${v.targetYear} (${v.actualVintage})`;
      return {
        slug: 'projection-check',
        spec: occupationsChangeChart(v, entries, leftOut),
        table: { ...table, id: `table-projection-check-${v.vintage}`, caption: summaries.length ? `${caption}; summary lines left out: ${summaries.map((p) => p.socCode).join(', ')}` : caption },
      };
    },
  };
  const slugs = only === undefined ? FIGURE_SLUGS : typeof only === 'string' ? [only] : only;
  return slugs.flatMap((slug) => build[slug]() ?? []);
}

export function isFigureSlug(value: string): value is FigureSlug {
  return (FIGURE_SLUGS as readonly string[]).includes(value);
}
