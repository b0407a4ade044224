import { formatPercent, formatSignedPercent, formatSignedThousandsAsCount, formatThousandsAsCount } from '../tables/format';
import type { Scorecard, ScorecardEntry, VintageScorecard } from './model';
import { SPANS_GROUPS } from './groups';
import { SPANS_GROUPS_TITLE, summarizeByVintage, type ErrorSummary } from './summary';
import { viewEntries, type ScorecardView, type SortKey } from './view';
import { text, type DataTable, type TableCell, type TableColumn } from '../tables/table';

/**
 * The scorecard as tables: what the page shows and, cell for cell at full precision, what
 * the CSV files hold. Employment keys say thousands (as EP publishes); the page shows jobs.
 */

export const count = (n: number): TableCell => ({ display: String(n), value: n });
const NOT_COMPARED = 'not compared';
export const blank = (flag: string): TableCell => ({ display: '—', value: null, flag });
export const figure = (n: number | null, show: (n: number) => string, flag = 'no compared occupations'): TableCell => (n == null ? blank(flag) : { display: show(n), value: n });

/** The occupation table's columns; `sort` is the key its header link sorts by. */
function occupationColumns(v: VintageScorecard): (TableColumn & { sort?: SortKey })[] {
  const { baseYear: base, targetYear: target } = v;
  return [
    { key: 'soc_code', label: `SOC code (${v.vintage})`, numeric: false, sort: 'code' },
    { key: 'occupation', label: 'Occupation', numeric: false, rowHeader: true, sort: 'occupation' },
    { key: `employment_${base}_thousands`, label: `Employment ${base} (jobs)`, numeric: true, sort: 'base' },
    { key: `projected_employment_${target}_thousands`, label: `Projected ${target} (jobs)`, numeric: true, sort: 'projected' },
    { key: `actual_employment_${target}_thousands`, label: `Actual ${target} (jobs, ${v.actualVintage})`, numeric: true, sort: 'actual' },
    { key: `projected_change_${base}_${target}_percent`, label: 'Projected change (%)', numeric: true, sort: 'projected-change' },
    { key: `actual_change_${base}_${target}_percent`, label: 'Actual change (%)', numeric: true, sort: 'actual-change' },
    { key: 'error_thousands', label: 'Error (jobs)', numeric: true, sort: 'error-jobs' },
    { key: 'error_percent', label: 'Error (% of actual)', numeric: true, sort: 'error' },
    { key: `soc_code_${v.actualVintage}`, label: `Counted as (${v.actualVintage})`, numeric: false },
    { key: 'comparison', label: 'Comparison', numeric: false },
    { key: 'note', label: 'Note', numeric: false },
  ];
}

/** One line per occupation (or group of codes) of a view, in the view's order. */
/** `entries`: the view's rows, filtered and sorted (pass them in where the caller has them already). */
export function scorecardTable(view: ScorecardView, entries: readonly ScorecardEntry[] = viewEntries(view)): DataTable {
  const v = view.vintage;
  const groupName = !view.group ? null : view.group === SPANS_GROUPS ? SPANS_GROUPS_TITLE : v.majorGroups.find((g) => g.code === `${view.group}-0000`)?.title ?? `major group ${view.group}`;
  return {
    id: `scorecard-${v.vintage}`,
    caption: `Projected ${v.targetYear} employment (${v.vintage}) against actual (${v.actualVintage})${groupName ? `: ${groupName}` : ''}`,
    columns: occupationColumns(v).map(({ sort: _sort, ...c }) => c),
    rows: entries.map(entryCells),
  };
}

/** Column key -> the sort key its header link orders by. */
export function sortableColumns(v: VintageScorecard): Record<string, SortKey> {
  return Object.fromEntries(occupationColumns(v).flatMap((c) => (c.sort ? [[c.key, c.sort]] : [])));
}

const COMPARISON: Record<string, string> = {
  'same-code': 'same code',
  renamed: 'one to one, new code',
  split: 'split: sum of successors',
  merged: 'merged: sum of predecessors',
  regrouped: 'regrouped: sums of both sides',
};

function entryCells(e: ScorecardEntry): TableCell[] {
  const codes = text(e.projected.map((p) => p.socCode).join(' + '));
  if (e.status === 'not-compared') {
    return [codes, text(e.title), ...Array.from({ length: 7 }, () => blank(NOT_COMPARED)), text(''), text(NOT_COMPARED), text(e.reason)];
  }
  return [
    codes,
    text(e.title),
    { display: formatThousandsAsCount(e.employmentBase), value: e.employmentBase },
    { display: formatThousandsAsCount(e.projectedEmployment), value: e.projectedEmployment },
    { display: formatThousandsAsCount(e.actualEmployment), value: e.actualEmployment },
    { display: formatPercent(e.projectedChangePct), value: e.projectedChangePct },
    { display: formatPercent(e.actualChangePct), value: e.actualChangePct },
    { display: formatSignedThousandsAsCount(e.errorThousands), value: e.errorThousands },
    { display: formatSignedPercent(e.errorPct), value: e.errorPct },
    text(e.actual.map((p) => p.socCode).join(' + ')),
    text(e.likeForLike ? `like for like (${COMPARISON[e.comparability]})` : `not like for like (${COMPARISON[e.comparability]})`),
    text(e.note ?? ''),
  ];
}

export const summaryColumns = (): TableColumn[] => [
  { key: 'occupations_compared', label: 'Compared', numeric: true },
  { key: 'like_for_like', label: 'Like for like', numeric: true },
  { key: 'not_compared', label: 'Not compared', numeric: true },
  { key: 'mean_absolute_error_percent', label: 'Mean absolute error (%)', numeric: true },
  { key: 'median_absolute_error_percent', label: 'Median absolute error (%)', numeric: true },
  { key: 'within_10_percent_share_percent', label: 'Within ±10% (share)', numeric: true },
  { key: 'mean_error_percent', label: 'Mean error (%)', numeric: true },
];

export const summaryCells = (s: ErrorSummary): TableCell[] => [
  count(s.compared),
  count(s.likeForLike),
  count(s.notCompared),
  figure(s.meanAbsErrorPct, (n) => formatPercent(n)),
  figure(s.medianAbsErrorPct, (n) => formatPercent(n)),
  figure(s.withinTenPctShare, (n) => formatPercent(n, 0)),
  figure(s.meanErrorPct, (n) => formatSignedPercent(n)),
];

/** One line per scored vintage. */
export function vintageSummaryTable(card: Scorecard): DataTable {
  return {
    id: 'scorecard-vintages',
    caption: 'How far off the projections were, by vintage (error = projected − actual, as a percent of actual)',
    columns: [
      { key: 'vintage', label: 'Projections', numeric: false, rowHeader: true },
      { key: 'actual_from', label: 'Actual from', numeric: false },
      ...summaryColumns(),
      { key: 'all_occupations_projected_thousands', label: 'All jobs, projected', numeric: true },
      { key: 'all_occupations_actual_thousands', label: 'All jobs, actual', numeric: true },
    ],
    rows: summarizeByVintage(card).map(({ vintage: v, summary }) => [
      text(v.vintage),
      text(`${v.actualVintage} (${v.targetYear})`),
      ...summaryCells(summary),
      figure(v.total?.projected ?? null, formatThousandsAsCount, 'no total row'),
      figure(v.total?.actual ?? null, formatThousandsAsCount, 'no total row'),
    ]),
  };
}

/**
 * One occupation's entries across vintages (a profile): one line per scored vintage. Years
 * differ between lines, so they are columns of their own rather than parts of the keys.
 */
export function occupationScorecardTable(socCode: string, entries: readonly ScorecardEntry[]): DataTable {
  return {
    id: `scorecard-${socCode}`,
    caption: `Projected against actual employment, every scored projection of ${socCode}`,
    columns: [
      { key: 'vintage', label: 'Projections', numeric: false, rowHeader: true },
      { key: 'target_year', label: 'Year', numeric: false },
      { key: 'soc_code', label: 'Projected codes', numeric: false },
      { key: 'projected_employment_thousands', label: 'Projected (jobs)', numeric: true },
      { key: 'actual_employment_thousands', label: 'Actual (jobs)', numeric: true },
      { key: 'projected_change_percent', label: 'Projected change (%)', numeric: true },
      { key: 'actual_change_percent', label: 'Actual change (%)', numeric: true },
      { key: 'error_percent', label: 'Error (% of actual)', numeric: true },
      { key: 'actual_from', label: 'Actual from', numeric: false },
      { key: 'actual_soc_code', label: 'Counted as', numeric: false },
      { key: 'note', label: 'Note', numeric: false },
    ],
    rows: entries.map((e) => {
      const year = text(String(e.targetYear));
      const codes = text(e.projected.map((p) => p.socCode).join(' + '));
      if (e.status === 'not-compared') return [text(e.vintage), year, codes, ...Array.from({ length: 5 }, () => blank(NOT_COMPARED)), text(e.actualVintage), text(''), text(e.reason)];
      return [
        text(e.vintage),
        year,
        codes,
        { display: formatThousandsAsCount(e.projectedEmployment), value: e.projectedEmployment },
        { display: formatThousandsAsCount(e.actualEmployment), value: e.actualEmployment },
        { display: formatPercent(e.projectedChangePct), value: e.projectedChangePct },
        { display: formatPercent(e.actualChangePct), value: e.actualChangePct },
        { display: formatSignedPercent(e.errorPct), value: e.errorPct },
        text(e.actualVintage),
        text(e.actual.map((p) => p.socCode).join(' + ')),
        text(e.note ?? (e.likeForLike ? '' : COMPARISON[e.comparability]!)),
      ];
    }),
  };
}
