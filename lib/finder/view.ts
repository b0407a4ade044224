import type { Dataset } from '@/lib/data/assemble';
import type { DataTable } from '@/lib/tables/table';
import { MAX_OCCUPATIONS } from '@/lib/comparison/model';
import { EDUCATION, EXPERIENCE, finderQuery, MAJOR_GROUPS, TRAINING, type FinderParams, type SortKey } from './params';
import { pagerNumbers, pageSlice } from './paging';
import { filterRows, getFinderRows, type FinderSource } from './rows';
import { finderTable } from './table';

/** Everything the finder page draws, as plain data. */
export interface FinderView {
  params: FinderParams;
  notices: string[];
  /** The rows of this page only (the CSV has them all). */
  table: DataTable;
  /** How many rows match the filters, over every page. */
  matching: number;
  /** Every current detailed occupation: the "832 in all". */
  total: number;
  paging: FinderPaging;
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

/** Where the page is among the view's pages, with the pager's links (each keeps the view's parameters). */
export interface FinderPaging {
  page: number;
  pageCount: number;
  /** 1-based positions of the first and last rows shown ("Showing 51–100"); 0 and 0 with no rows. */
  first: number;
  last: number;
  previous: string | null;
  next: string | null;
  /** The numbered links; `null` stands for numbers left out ("…"). */
  numbers: ({ page: number; href: string } | null)[];
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
  const matching = filterRows(dataset, rows, params);
  const slice = pageSlice(matching.length, params.page);
  const view = { ...params, page: slice.page };
  const table = finderTable(matching.slice(slice.start, slice.end), source);
  const pageHref = (page: number) => `/occupations${finderQuery(view, { page })}`;
  const groupTitles = new Map(rows.map((r) => [r.majorGroup.code, r.majorGroup.title]));
  const sortLinks: FinderView['sortLinks'] = {};
  for (const column of table.columns) {
    const key = sortKeyOf(column.key);
    if (!key) continue;
    const current = params.sort.key === key;
    const descending = current ? !params.sort.descending : FIRST_DESCENDING.has(key);
    sortLinks[column.key] = {
      href: `/occupations${finderQuery(view, { sort: { key, descending }, page: 1 })}`,
      state: current ? (params.sort.descending ? 'descending' : 'ascending') : 'none',
    };
  }
  // The file and its about page hold every page of the view.
  const query = finderQuery(view, { page: 1 });
  return {
    params: view,
    notices: slice.notice ? [...notices, slice.notice] : notices,
    table,
    matching: matching.length,
    total: rows.length,
    paging: {
      page: slice.page,
      pageCount: slice.pageCount,
      first: slice.end > slice.start ? slice.start + 1 : 0,
      last: slice.end,
      previous: slice.page > 1 ? pageHref(slice.page - 1) : null,
      next: slice.page < slice.pageCount ? pageHref(slice.page + 1) : null,
      numbers: pagerNumbers(slice.page, slice.pageCount).map((page) => (page === null ? null : { page, href: pageHref(page) })),
    },
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

