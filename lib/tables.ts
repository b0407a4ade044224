import type { Estimate } from './bls/types';
import type { Comparison } from './comparison';
import { displayEstimate, estimateFlag } from './estimates';
import { formatHourlyUsd, type ValueFormat } from './format';

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

/**
 * The comparison at a glance, one row per occupation in the chosen order: median annual and
 * hourly wage (the chosen OEWS release), employment, projected change, openings and the EP
 * vintage's education, work experience and training. The table at the top of /compare and on
 * the start page, and `comparison.csv`.
 */
export function comparisonTable(c: Comparison): DataTable {
  const v = c.vintage;
  const r = c.release;
  const basis = v.projections[0]?.openingsBasis ?? 'annual-average';
  // 2008-18 names the most significant source of education or training; later vintages the typical education for entry.
  const educationLabel = v.projections[0]?.educationClassification === 'most-significant-source' ? 'Most significant source of education or training' : 'Typical education needed for entry';
  // Words, not numbers: a text column has no flag, so what is missing says so in its own cell, on the page and in the CSV.
  const words = (value: string | null | undefined): TableCell => text(value || `Not in the ${v.vintage} tables`);
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
      { key: `median_hourly_wage_usd_may_${r.year}`, label: `Median hourly wage, ${r.release}`, numeric: true },
      basis === 'annual-average'
        ? { key: `openings_${v.baseYear}_${v.targetYear}_annual_average_thousands`, label: 'Openings per year, average (jobs)', numeric: true }
        : { key: `openings_${v.baseYear}_${v.targetYear}_total_thousands`, label: `Openings ${v.baseYear}–${v.targetYear}, total (jobs)`, numeric: true },
      { key: 'education', label: educationLabel, numeric: false },
      { key: 'work_experience', label: 'Work experience in a related occupation', numeric: false },
      { key: 'on_the_job_training', label: 'On-the-job training', numeric: false },
    ],
    rows: c.rows.map((row) => [
      text(row.socCode),
      text(row.title),
      estimateCell(row.projection?.employmentBase ?? null, 'thousands'),
      estimateCell(row.projection?.employmentTarget ?? null, 'thousands'),
      estimateCell(row.projection?.changeNumber ?? null, 'thousands'),
      estimateCell(row.projection?.changePercent ?? null, 'percent'),
      estimateCell(row.wage?.annual.median ?? null, 'usd'),
      estimateCell(row.wage?.hourly.median ?? null, formatHourlyUsd),
      estimateCell(row.projection?.openings ?? null, 'thousands'),
      ...(row.projection ? [words(row.projection.education), words(row.projection.workExperience), words(row.projection.onTheJobTraining)] : [notIn(v.vintage), notIn(v.vintage), notIn(v.vintage)]),
    ]),
  };
}

/** A text column of a code the vintage does not have. */
function notIn(vintage: string): TableCell {
  return text(`Not in the ${vintage} projections`);
}
