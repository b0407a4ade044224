import type { Dataset } from '@/lib/data/assemble';
import type { DataTable } from '@/lib/tables/table';
import { MAX_OCCUPATIONS } from '@/lib/comparison/model';
import { EDUCATION, EXPERIENCE, finderQuery, MAJOR_GROUPS, TRAINING, type FinderParams, type SortKey } from './params';
import { filterRows, getFinderRows, type FinderSource } from './rows';
import { finderTable } from './table';

/** Everything the finder page draws, as plain data. */
export interface FinderView {
  params: FinderParams;
  notices: string[];
  table: DataTable;
  /** Every current detailed occupation: the M of "N of M occupations". */
  total: number;
  source: FinderSource;
  options: {
    groups: { value: string; label: string }[];
    education: { value: string; label: string }[];
    experience: { value: string; label: string }[];
    training: { value: string; label: string }[];
  };
  /** Per table column key: the link that sorts by it (or flips it), and how it is sorted now. */
  sortLinks: Record<string, { href: string; state: 'ascending' | 'descending' | 'none' }>;
  csvHref: string;
  aboutHref: string;
  compareMax: number;
}

/** The table columns the page sorts by (keys carry periods: `change_2024_2034_percent`), and the sort key of each. */
const SORTABLE: [RegExp, SortKey][] = [
  [/^occupation$/, 'title'],
  [/^major_group$/, 'group'],
  [/^median_annual_wage_/, 'wage'],
  [/^employment_/, 'jobs'],
  [/^change_/, 'growth'],
  [/^openings_/, 'openings'],
  [/^education$/, 'education'],
  [/^work_experience$/, 'experience'],
  [/^on_the_job_training$/, 'training'],
];

export function sortKeyOf(columnKey: string): SortKey | null {
  return SORTABLE.find(([pattern]) => pattern.test(columnKey))?.[1] ?? null;
}

/** Numbers read best largest first; words from the start of the alphabet or scale. */
const FIRST_DESCENDING: ReadonlySet<SortKey> = new Set(['wage', 'jobs', 'growth', 'openings']);

const options = (scale: Record<string, string>) => Object.entries(scale).map(([value, label]) => ({ value, label }));

export function finderView(dataset: Dataset, params: FinderParams, notices: string[]): FinderView {
  const { rows, source } = getFinderRows(dataset);
  const shown = filterRows(dataset, rows, params);
  const table = finderTable(shown, source);
  const groupTitles = new Map(rows.map((r) => [r.majorGroup.code, r.majorGroup.title]));
  const sortLinks: FinderView['sortLinks'] = {};
  for (const column of table.columns) {
    const key = sortKeyOf(column.key);
    if (!key) continue;
    const current = params.sort.key === key;
    const descending = current ? !params.sort.descending : FIRST_DESCENDING.has(key);
    sortLinks[column.key] = {
      href: `/occupations${finderQuery(params, { sort: { key, descending } })}`,
      state: current ? (params.sort.descending ? 'descending' : 'ascending') : 'none',
    };
  }
  const query = finderQuery(params);
  return {
    params,
    notices,
    table,
    total: rows.length,
    source,
    options: {
      groups: MAJOR_GROUPS.filter((g) => groupTitles.has(g)).map((g) => ({ value: g, label: `${g} ${groupTitles.get(g)}` })),
      education: options(EDUCATION),
      experience: options(EXPERIENCE),
      training: options(TRAINING),
    },
    sortLinks,
    csvHref: `/occupations.csv${query}`,
    aboutHref: `/about-data/occupations${query}`,
    compareMax: MAX_OCCUPATIONS,
  };
}

