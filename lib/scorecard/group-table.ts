import { formatPercent, formatThousandsAsCount } from '../tables/format';
import type { VintageScorecard } from './model';
import { describeMoves, SPANS_GROUPS } from './groups';
import { summarizeByMajorGroup } from './summary';
import { blank, figure, summaryCells, summaryColumns } from './tables';
import { text, type DataTable } from '../tables/table';

const NO_GROUP_ROW = 'not a major group row';

/**
 * One line per SOC major group of a vintage: the group's employment and change as BLS published
 * them in its xx-0000 rows, whether its membership changed, and the errors of the occupations
 * filed under it; then one line for comparisons whose codes span several groups.
 */
export function majorGroupTable(v: VintageScorecard): DataTable {
  const { baseYear: base, targetYear: target } = v;
  const jobs = (n: number | null) => figure(n, formatThousandsAsCount, 'no figure in the group row');
  const percent = (n: number | null) => figure(n, (x) => formatPercent(x), 'no figure in the group row');
  return {
    id: `scorecard-groups-${v.vintage}`,
    caption: `By major group, ${v.vintage} against ${v.actualVintage}: BLS’s group rows (xx-0000), and the errors of the group’s compared occupations`,
    columns: [
      { key: 'major_group_code', label: 'Code', numeric: false },
      { key: 'major_group', label: 'Major group', numeric: false, rowHeader: true },
      { key: `employment_${base}_thousands`, label: `Employment ${base} (jobs)`, numeric: true },
      { key: `projected_employment_${target}_thousands`, label: `Projected ${target} (jobs)`, numeric: true },
      { key: `actual_employment_${target}_thousands`, label: `Actual ${target} (jobs, ${v.actualVintage})`, numeric: true },
      { key: `projected_change_${base}_${target}_percent`, label: 'Projected change (%)', numeric: true },
      { key: `actual_change_${base}_${target}_percent`, label: 'Actual change (%)', numeric: true },
      ...summaryColumns(),
      { key: 'codes_moved_between_groups', label: `Codes moved between groups (a ${v.vintage} code, to ${v.actualVintage} codes)`, numeric: false },
    ],
    rows: summarizeByMajorGroup(v).map(({ code, title, figures: g, summary }) => [
      text(code === SPANS_GROUPS ? 'spans groups' : code),
      text(title),
      ...(g
        ? [jobs(g.employmentBase), jobs(g.projectedEmployment), jobs(g.actualEmployment), percent(g.projectedChangePct), percent(g.actualChangePct)]
        : Array.from({ length: 5 }, () => blank(NO_GROUP_ROW))),
      ...summaryCells(summary),
      text(code === SPANS_GROUPS ? 'not a group: in no group’s error figures' : (g && describeMoves(g)) ?? 'none (as the crosswalks trace them)'),
    ]),
  };
}
