import { CHART_WIDTHS, type ChartSpec, type ChartWidth } from '../charts/spec';
import type { DataTable } from '../tables/table';
import { majorGroupChangeChart } from './chart';
import { majorGroupTable } from './group-table';
import { groupKey, SPANS_GROUPS } from './groups';
import type { Scorecard } from './model';
import { summarize, summarizeByMajorGroup, type ErrorSummary } from './summary';
import { scorecardTable, sortableColumns, vintageSummaryTable } from './tables';
import { scorecardFileHref, scorecardHref, sortHref, viewEntries, type ScorecardView } from './view';

/**
 * What the scorecard page draws, as plain data (page props): every table, link and figure is
 * decided here, so the page's components only lay it out.
 */
export interface ScorecardPage {
  notices: string[];
  vintages: { vintage: string; actualVintage: string; href: string; current: boolean }[];
  vintage: string;
  actualVintage: string;
  targetYear: number;
  /** All occupations (00-0000), in thousands: projected and actual target-year employment. */
  total: { projected: number; actual: number } | null;
  summary: ErrorSummary;
  groupsChart: { spec: ChartSpec; hrefs: Record<ChartWidth, string>; table: DataTable; rowHrefs: string[]; downloads: { csv: string; svg: string; png: string } };
  form: { group: string | null; groups: { value: string; label: string }[]; sort: string; dir: string };
  quickSorts: { label: string; href: string; current: boolean }[];
  byCodeHref: string;
  occupations: { table: DataTable; rowHrefs: (string | null)[]; sortHrefs: Record<string, string>; active: { key: string; dir: 'asc' | 'desc' } | null; csv: string };
  allVintages: { table: DataTable; rowHrefs: string[]; csv: string };
  method: { actualYears: string; projectionCodes: string; actualCodes: string; projectionSource: string; actualSource: string };
}

const QUICK_SORTS = [
  { label: 'Largest misses first', sort: 'abs-error', dir: 'desc' },
  { label: 'Projected too high first', sort: 'error', dir: 'desc' },
  { label: 'Projected too low first', sort: 'error', dir: 'asc' },
] as const;

export function scorecardPage(card: Scorecard, view: ScorecardView, notices: string[]): ScorecardPage {
  const v = view.vintage;
  const state = { vintage: v.vintage, group: view.group, sort: view.sort, dir: view.dir };
  const entries = viewEntries(view);
  const sortable = sortableColumns(v);
  const activeKey = Object.keys(sortable).find((k) => sortable[k] === view.sort) ?? null;
  const groupLines = summarizeByMajorGroup(v);
  const chartHref = (w: ChartWidth) => scorecardFileHref('groups.svg', { vintage: v.vintage }, w);
  return {
    notices,
    vintages: card.vintages.map((x) => ({ vintage: x.vintage, actualVintage: x.actualVintage, href: scorecardHref({ vintage: x.vintage }), current: x.vintage === v.vintage })),
    vintage: v.vintage,
    actualVintage: v.actualVintage,
    targetYear: v.targetYear,
    total: v.total ? { projected: v.total.projected, actual: v.total.actual } : null,
    summary: summarize(v.entries),
    groupsChart: {
      spec: majorGroupChangeChart(v),
      hrefs: Object.fromEntries((Object.keys(CHART_WIDTHS) as ChartWidth[]).map((w) => [w, chartHref(w)])) as Record<ChartWidth, string>,
      table: majorGroupTable(v),
      rowHrefs: groupLines.map((g) => `${scorecardHref({ ...state, group: groupKey(g.code) })}#occupations`),
      downloads: {
        csv: scorecardFileHref('groups.csv', { vintage: v.vintage }),
        svg: `${scorecardFileHref('groups.svg', { vintage: v.vintage })}&download=1`,
        png: `${scorecardFileHref('groups.png', { vintage: v.vintage })}&download=1`,
      },
    },
    form: {
      group: view.group,
      groups: groupLines
        .filter((g) => g.summary.occupations > 0)
        .map((g) => ({ value: groupKey(g.code), label: g.code === SPANS_GROUPS ? g.title : `${g.code.slice(0, 2)} ${g.title.replace(/\s+occupations$/i, '')}` })),
      sort: view.sort,
      dir: view.dir,
    },
    quickSorts: QUICK_SORTS.map((q) => ({ label: q.label, href: `${scorecardHref({ ...state, sort: q.sort, dir: q.dir })}#occupations`, current: view.sort === q.sort && view.dir === q.dir })),
    byCodeHref: `${scorecardHref({ ...state, sort: 'code', dir: 'asc' })}#occupations`,
    occupations: {
      table: scorecardTable(view, entries),
      // A single-code row links to its profile; a group of codes has none to link to.
      rowHrefs: entries.map((e) => (e.projected.length === 1 ? `/occupations/${e.projected[0]!.socCode}` : null)),
      sortHrefs: Object.fromEntries(Object.entries(sortable).map(([key, sort]) => [key, `${sortHref(view, sort)}#occupations`])),
      active: activeKey ? { key: activeKey, dir: view.dir } : null,
      csv: scorecardFileHref('scorecard.csv', state),
    },
    allVintages: {
      table: vintageSummaryTable(card),
      rowHrefs: card.vintages.map((x) => scorecardHref({ vintage: x.vintage })),
      csv: scorecardFileHref('vintages.csv', { vintage: v.vintage }),
    },
    method: {
      actualYears: card.vintages.map((x) => `${x.actualVintage} for ${x.targetYear}`).join(', '),
      projectionCodes: v.projectionCodes,
      actualCodes: v.actualCodes,
      projectionSource: v.projectionSource,
      actualSource: v.actualSource,
    },
  };
}
