import type { Estimate } from './bls/types';
import type { Comparison } from './comparison';
import { displayEstimate, estimateFlag } from './estimates';
import type { ValueFormat } from './format';

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
  /** Why `value` is empty (top-coded, not available, not in this release): the CSV's `<key>_flag` cell. */
  flag?: string | null;
}

export interface DataTable {
  id: string;
  caption: string;
  columns: TableColumn[];
  rows: TableCell[][];
}

/** A text cell: shown and written as it is. */
export const text = (s: string): TableCell => ({ display: s, value: s });

/**
 * A published estimate as a cell: the value at full precision; a top-coded or missing one has
 * an empty value and its flag (the page shows "≥ $239,200" or the reason instead).
 */
export function estimateCell(estimate: Estimate | null, format: ValueFormat | ((value: number) => string), absent?: string): TableCell {
  const display = displayEstimate(estimate, format);
  return estimate?.kind === 'value' ? { display, value: estimate.value } : { display, value: null, flag: estimateFlag(estimate, absent) };
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
