import type { Estimate } from './bls/types';
import type { Comparison } from './comparison';
import { displayEstimate } from './estimates';
import type { ValueFormat } from './charts/spec';

/**
 * A table as both the page and the CSV download read it: `display` is what the page shows,
 * `value` the figure at the source's full precision (a CSV cell). Column keys carry units.
 */
export interface TableColumn {
  key: string;
  label: string;
  numeric: boolean;
  /** The column that names the row (the occupation). */
  rowHeader?: boolean;
}

export interface TableCell {
  display: string;
  value: string | number | null;
}

export interface DataTable {
  id: string;
  caption: string;
  columns: TableColumn[];
  rows: TableCell[][];
}

const text = (s: string): TableCell => ({ display: s, value: s });

/** A published estimate as a cell: the value, or for a top-coded one its "≥" text; missing stays empty with its reason shown. */
export function estimateCell(estimate: Estimate | null, format: ValueFormat): TableCell {
  const display = displayEstimate(estimate, format);
  if (estimate?.kind === 'value') return { display, value: estimate.value };
  if (estimate?.kind === 'top-coded') return { display, value: estimate.atLeast != null ? `>=${estimate.atLeast}` : '>=top code' };
  return { display, value: null };
}

/** The projection and wage figures of a comparison, one row per occupation in the chosen order. */
export function comparisonTable(c: Comparison): DataTable {
  const v = c.vintage;
  const r = c.release;
  return {
    id: `comparison-${v.vintage}-${r.year}`,
    caption: `Projected employment ${v.vintage} and wages, ${r.release}`,
    columns: [
      { key: 'soc_code', label: 'SOC code', numeric: false },
      { key: 'occupation', label: 'Occupation', numeric: false, rowHeader: true },
      { key: `employment_${v.baseYear}_thousands`, label: `Employment ${v.baseYear} (jobs)`, numeric: true },
      { key: `employment_${v.targetYear}_thousands`, label: `Projected employment ${v.targetYear} (jobs)`, numeric: true },
      { key: `change_${v.baseYear}_${v.targetYear}_thousands`, label: 'Change (jobs)', numeric: true },
      { key: `change_${v.baseYear}_${v.targetYear}_percent`, label: 'Change (%)', numeric: true },
      { key: `median_annual_wage_usd_may_${r.year}`, label: `Median annual wage, ${r.release}`, numeric: true },
    ],
    rows: c.rows.map((row) => [
      text(row.socCode),
      text(row.title),
      estimateCell(row.projection?.employmentBase ?? null, 'thousands'),
      estimateCell(row.projection?.employmentTarget ?? null, 'thousands'),
      estimateCell(row.projection?.changeNumber ?? null, 'thousands'),
      estimateCell(row.projection?.changePercent ?? null, 'percent'),
      estimateCell(row.wage?.annual.median ?? null, 'usd'),
    ]),
  };
}
