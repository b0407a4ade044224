import type { AboutContext, AboutData } from '@/lib/about/about-data';
import type { Dataset } from '@/lib/data/assemble';
import { CSV_FORMAT_NOTES, epNotes, flagNotes, topCodeNote } from '@/lib/about/footnotes';
import { formatIsoDate } from '@/lib/tables/format';
import { latestVintage, latestWageRelease } from '@/lib/data/occupations';
import { EDUCATION, EXPERIENCE, finderQuery, SORT_KEYS, TRAINING, type FinderParams } from './params';
import { PAGE_SIZE } from './paging';
import { filterRows, getFinderRows } from './rows';
import { finderTable } from './table';

const MEANINGS: [RegExp, string][] = [
  [/^soc_code$/, 'SOC code (2018 SOC), as in the Employment Projections table'],
  [/^occupation$/, 'Occupation title, as in the Employment Projections table'],
  [/^major_group_code$/, 'The first two digits of the SOC code'],
  [/^major_group$/, 'Title of the SOC major group (the xx-0000 row of the Employment Projections table)'],
  [/^median_annual_wage_usd_may_(\d{4})$/, 'Median annual wage in May $1 (OEWS national, all industries), in U.S. dollars (nominal), as BLS published it'],
  [/^employment_(\d{4})_thousands$/, 'Employment in $1 (Employment Projections, including the self-employed), in thousands of jobs'],
  [/^change_(\d{4})_(\d{4})_percent$/, 'Projected change in employment from $1 to $2, in percent'],
  [/^openings_.*_annual_average_thousands$/, 'Occupational openings a year (annual average over the projection period), in thousands'],
  [/^education$/, 'Typical education needed for entry (BLS category)'],
  [/^work_experience$/, 'Work experience in a related occupation (BLS category)'],
  [/^on_the_job_training$/, 'Typical on-the-job training needed to attain competency in the occupation (BLS category)'],
];

const meaningOf = (key: string): string => {
  for (const [pattern, meaning] of MEANINGS) if (pattern.test(key)) return key.replace(pattern, meaning);
  return key;
};

/** "About this data" of `/occupations.csv?…`: the sources, the view's parameters, every column, the footnotes. */
export function aboutFinder(dataset: Dataset, params: FinderParams, ctx: AboutContext): AboutData {
  const { rows, source } = getFinderRows(dataset);
  const table = finderTable(filterRows(dataset, rows, params), source);
  // The file holds every page of the view, so its links leave `page` out.
  const query = finderQuery(params, { page: 1 });
  const ep = epNotes(latestVintage(dataset));
  const vintage = latestVintage(dataset);
  return {
    title: 'Occupation finder, the rows of this view',
    files: [{ label: 'CSV', href: `/occupations.csv${query}` }],
    facts: [
      { term: 'Source programs', detail: `BLS Employment Projections (EP) ${source.vintage}, Occupation workbook; BLS Occupational Employment and Wage Statistics (OEWS), national cross-industry estimates, ${source.release}` },
      { term: 'Tables', detail: `${vintage.employmentTable.title.replace(/\s+/g, ' ').trim()} (data/${source.epFile}); OEWS national file (data/${source.oewsFile})` },
      { term: 'Rows', detail: `${table.rows.length} of the ${rows.length} detailed occupations (line items) of the EP table, filtered and sorted as the view says: every matching row, not one page of the finder` },
      { term: 'View', detail: `${ctx.origin}/occupations${query}`, href: `/occupations${query}` },
      {
        term: 'Parameters',
        detail: `q (title words), group (major groups, e.g. 29), education (${Object.keys(EDUCATION).join(', ')}), experience (${Object.keys(EXPERIENCE).join(', ')}), training (${Object.keys(TRAINING).join(', ')}), min_wage and max_wage (dollars a year), min_growth (percent), sort (${SORT_KEYS.join(', ')}; "-" before for largest first), page (the finder's page of ${PAGE_SIZE} rows; accepted so the page's parameters work here, but the file always holds every matching row). Several values: repeat the parameter or separate them with commas. A bad parameter is answered with 400 and its reason.`,
      },
      { term: 'Downloaded', detail: `${formatIsoDate(ctx.downloaded)} (the date in the name of a file downloaded today)` },
    ],
    columns: table.columns.map((c) => ({ key: c.key, meaning: meaningOf(c.key) })),
    footnotes: [
      ep.thousands,
      ep.openings,
      ep.education,
      `The median annual wage is OEWS's, not EP's copy of it. ${topCodeNote([latestWageRelease(dataset)])}`,
      'A filter on wage leaves out rows without a published wage; a top-coded wage counts as its top code for a minimum and is left out by a maximum. A filter on growth leaves out rows without a published change.',
      'The text filter matches titles as the site search does: BLS titles and O*NET alternate and reported titles.',
      ...flagNotes(table),
      ...CSV_FORMAT_NOTES,
    ],
  };
}
