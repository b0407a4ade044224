import { formatPercent, formatThousandsAsCount, formatUsd } from '@/lib/tables/format';
import { estimateCell, text, type DataTable, type TableCell } from '@/lib/tables/table';
import type { FinderRow, FinderSource } from './rows';

/**
 * The finder's rows as one table: the page draws its `display` cells, the CSV writes its
 * `value` cells (lib/table-csv), so the two cannot disagree. Keys carry units and periods.
 */
export function finderTable(rows: readonly FinderRow[], source: FinderSource): DataTable {
  const period = `${source.baseYear}_${source.targetYear}`;
  const optional = (s: string | null): TableCell => ({ display: s ?? 'Not assigned by BLS', value: s });
  return {
    id: 'occupation-finder',
    caption: `Detailed occupations: median annual wage (OEWS ${source.release}), jobs, projected growth and openings (Employment Projections ${source.vintage}), and what it takes to enter`,
    columns: [
      { key: 'soc_code', label: 'SOC code', numeric: false },
      { key: 'occupation', label: 'Occupation', numeric: false, rowHeader: true },
      { key: 'major_group_code', label: 'Major group code', numeric: false },
      { key: 'major_group', label: 'Major group', numeric: false },
      { key: `median_annual_wage_usd_may_${source.wageYear}`, label: `Median annual wage, May ${source.wageYear}`, numeric: true },
      { key: `employment_${source.baseYear}_thousands`, label: `Jobs, ${source.baseYear}`, numeric: true },
      { key: `change_${period}_percent`, label: `Projected growth, ${source.vintage} (%)`, numeric: true },
      { key: `openings_${period}_annual_average_thousands`, label: 'Openings a year', numeric: true },
      { key: 'education', label: 'Typical entry-level education', numeric: false },
      { key: 'work_experience', label: 'Work experience in a related occupation', numeric: false },
      { key: 'on_the_job_training', label: 'On-the-job training', numeric: false },
    ],
    rows: rows.map((r) => [
      text(r.socCode),
      text(r.title),
      text(r.majorGroup.code),
      text(r.majorGroup.title),
      estimateCell(r.medianAnnualWage, formatUsd, 'not in this release'),
      estimateCell(r.employment, formatThousandsAsCount),
      estimateCell(r.changePercent, (v) => formatPercent(v, 1)),
      estimateCell(r.openings, formatThousandsAsCount),
      optional(r.education),
      optional(r.workExperience),
      optional(r.onTheJobTraining),
    ]),
  };
}
