import type { Estimate } from '../bls/types';
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
