import { wageTrail, type Comparison, type ComparisonRow, type TrendPoint } from './model';
import type { WageRelease } from '../data/assemble';
import { ALL_OCCUPATIONS } from '../data/occupations';
import { formatHourlyUsd } from '../tables/format';
import { estimateCell, text, type DataTable, type TableCell, type TableColumn } from '../tables/table';
import type { CpiAnnualSeries } from '../bls/cpi';
import { convertEstimate, dollarsKey, dollarsLabel, NOMINAL, type Dollars } from '../dollars/real-dollars';

/**
 * The table behind each comparison chart: the same rows, in the same order, as the chart.
 * Column keys name their units; they are the CSV header.
 */

const ID_COLUMNS: TableColumn[] = [
  { key: 'soc_code', label: 'SOC code', numeric: false },
  { key: 'occupation', label: 'Occupation', numeric: false, rowHeader: true },
];
const idCells = (code: string, title: string): TableCell[] => [text(code), text(title)];

/** The all-occupations reference, drawn as a line in the chart, is the last row of its table. */
function referenceTitle(title: string | undefined): string {
  return `${title ?? 'All occupations'} (reference)`;
}

export function growthTable(c: Comparison): DataTable {
  const v = c.vintage;
  const row = (code: string, title: string, p: ComparisonRow['projection']): TableCell[] => [
    ...idCells(code, title),
    estimateCell(p?.employmentBase ?? null, 'thousands'),
    estimateCell(p?.employmentTarget ?? null, 'thousands'),
    estimateCell(p?.changeNumber ?? null, 'thousands'),
    estimateCell(p?.changePercent ?? null, 'percent'),
  ];
  const all = c.allOccupations.projection;
  return {
    id: `table-growth-${v.vintage}`,
    caption: `Projected employment change, ${v.vintage} (employment in thousands in the CSV, as BLS publishes it)`,
    columns: [
      ...ID_COLUMNS,
      { key: `employment_${v.baseYear}_thousands`, label: `Employment ${v.baseYear}`, numeric: true },
      { key: `employment_${v.targetYear}_thousands`, label: `Projected ${v.targetYear}`, numeric: true },
      { key: `change_${v.baseYear}_${v.targetYear}_thousands`, label: 'Change (jobs)', numeric: true },
      { key: `change_${v.baseYear}_${v.targetYear}_percent`, label: 'Change (%)', numeric: true },
    ],
    rows: [...c.rows.map((r) => row(r.socCode, r.title, r.projection)), ...(all ? [row(ALL_OCCUPATIONS, referenceTitle(all.title), all)] : [])],
  };
}

export function medianWageTable(c: Comparison): DataTable {
  const r = c.release;
  const row = (code: string, title: string, w: ComparisonRow['wage']): TableCell[] => [
    ...idCells(code, title),
    estimateCell(w?.annual.median ?? null, 'usd'),
    estimateCell(w?.hourly.median ?? null, formatHourlyUsd),
    text(w ? (w.annualOnly ? 'annual only' : w.hourlyOnly ? 'hourly only' : 'annual and hourly') : ''),
  ];
  const all = c.allOccupations.wage;
  return {
    id: `table-median-wage-${r.year}`,
    caption: `Median wage, ${r.release}`,
    columns: [
      ...ID_COLUMNS,
      { key: 'median_annual_wage_usd', label: 'Median annual wage', numeric: true },
      { key: 'median_hourly_wage_usd', label: 'Median hourly wage', numeric: true },
      { key: 'wages_published', label: 'Wages published', numeric: false },
    ],
    rows: [...c.rows.map((x) => row(x.socCode, x.title, x.wage)), ...(all ? [row(ALL_OCCUPATIONS, referenceTitle(all.title), all)] : [])],
  };
}

export function wageRangeTable(c: Comparison): DataTable {
  const r = c.release;
  const keys = ['pct10', 'pct25', 'median', 'pct75', 'pct90'] as const;
  const labels = ['10th percentile', '25th percentile', 'Median', '75th percentile', '90th percentile'];
  return {
    id: `table-wage-range-${r.year}`,
    caption: `Annual wage percentiles, ${r.release}`,
    columns: [
      ...ID_COLUMNS,
      ...keys.map((k, i) => ({ key: `annual_wage_${k === 'median' ? 'median' : k}_usd`, label: labels[i]!, numeric: true })),
    ],
    rows: c.rows.map((x) => [...idCells(x.socCode, x.title), ...keys.map((k) => estimateCell(x.wage?.annual[k] ?? null, 'usd'))]),
  };
}

export function growthVsWageTable(c: Comparison): DataTable {
  const v = c.vintage;
  const r = c.release;
  return {
    id: `table-growth-vs-wage-${v.vintage}-${r.year}`,
    caption: `Projected change ${v.vintage} and median annual wage ${r.release}`,
    columns: [
      ...ID_COLUMNS,
      { key: `median_annual_wage_usd_may_${r.year}`, label: `Median annual wage, ${r.release}`, numeric: true },
      { key: `change_${v.baseYear}_${v.targetYear}_percent`, label: `Projected change ${v.vintage} (%)`, numeric: true },
    ],
    rows: c.rows.map((x) => [...idCells(x.socCode, x.title), estimateCell(x.wage?.annual.median ?? null, 'usd'), estimateCell(x.projection?.changePercent ?? null, 'percent')]),
  };
}

/**
/**
 * The wage trend's figures, as its chart draws them: each release's median along the row's
 * series (under the code of the time where the code changed one to one) as BLS published it and,
 * where the chart is in constant dollars, the same median in those dollars beside it; then which
 * codes those are.
 */
export function wageTrendTable(c: Comparison, releases: readonly WageRelease[], cpi: CpiAnnualSeries | null): DataTable {
  const constant = c.dollars.kind === 'constant' ? c.dollars : null;
  const cell = (r: WageRelease, point: TrendPoint | null, dollars: Dollars): TableCell => {
    const nominal = point?.estimate.annual.median ?? null;
    if (!nominal) return estimateCell(null, 'usd');
    const converted = convertEstimate(nominal, r.year, dollars, cpi);
    if (converted.kind !== 'estimate') return { display: converted.message, value: null, flag: 'no CPI-U annual average' };
    // Actors (27-2011): BLS publishes only an hourly wage, so the annual cell says so and gives it.
    const annual = converted.estimate;
    const hourly = point!.estimate.hourlyOnly && annual.kind === 'missing' ? convertEstimate(point!.estimate.hourly.median, r.year, dollars, cpi) : null;
    if (annual.kind === 'missing' && hourly?.kind === 'estimate' && hourly.estimate.kind === 'value') {
      return { display: `Hourly wage only: ${formatHourlyUsd(hourly.estimate.value)} an hour`, value: null, flag: `hourly wage only (annual ${annual.marker || 'blank'})` };
    }
    return estimateCell(annual, 'usd');
  };
  return {
    id: 'table-wage-trend',
    caption: `Median annual wage by OEWS release, as published (nominal dollars)${constant ? ` and in ${dollarsLabel(constant)}` : ''}`,
    // Keys say which dollars: median_annual_wage_usd_nominal_may_2008 and …_2024_dollars_may_2008.
    columns: [
      ...ID_COLUMNS,
      ...releases.flatMap((r) => [
        { key: `median_annual_wage_usd_${dollarsKey(NOMINAL)}_may_${r.year}`, label: `May ${r.year}, as published`, numeric: true },
        ...(constant ? [{ key: `median_annual_wage_usd_${dollarsKey(constant)}_may_${r.year}`, label: `May ${r.year}, ${constant.baseYear} dollars`, numeric: true }] : []),
      ]),
      { key: 'published_as', label: 'Published as', numeric: false },
    ],
    rows: c.rows.map((x) => {
      const trail = wageTrail(x, releases);
      return [
        ...idCells(x.socCode, x.title),
        ...releases.flatMap((r, i) => [cell(r, trail[i] ?? null, NOMINAL), ...(constant ? [cell(r, trail[i] ?? null, constant)] : [])]),
        text(publishedAs(trail, releases)),
      ];
    }),
  };
}

/** "29-1061 May 2007–2018; 29-1211 May 2019–2024": the code each run of releases is published under. */
function publishedAs(trail: (TrendPoint | null)[], releases: readonly WageRelease[]): string {
  const runs: { code: string; from: number; to: number }[] = [];
  trail.forEach((t, i) => {
    const year = releases[i]!.year;
    const run = runs[runs.length - 1];
    if (t && run && run.code === t.socCode && trail[i - 1]?.socCode === t.socCode) run.to = year;
    else if (t) runs.push({ code: t.socCode, from: year, to: year });
  });
  return runs.map((r) => `${r.code} May ${r.from === r.to ? r.from : `${r.from}–${r.to}`}`).join('; ');
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
