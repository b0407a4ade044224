import type { ProjectionVintage, WageRelease } from '../data/assemble';
import type { Estimate } from '../bls/types';
import type { WageDistribution } from '../bls/oews';
import { formatCount, formatHourlyUsd, formatPercent, formatUsd } from '../tables/format';
import { oncePer } from '../data/once';
import { estimateCell, type DataTable, type TableCell, type TableColumn } from '../tables/table';

/**
 * Whole releases as tables: every occupation of one OEWS release or one EP vintage, in the
 * order of the BLS file, normalised (markers read, thousands separators and padding gone) but
 * not otherwise changed: OEWS titles are as published, asterisks included. Column keys carry
 * units; they are the CSV header.
 */

/** OEWS titles BLS marked with an asterisk (May 2010 and 2011), which the pages show without it. */
export function markedTitles(release: WageRelease): { socCode: string; published: string; shown: string }[] {
  return release.estimates.filter((e) => e.publishedTitle !== e.title && e.publishedTitle.includes('*')).map((e) => ({ socCode: e.socCode, published: e.publishedTitle, shown: e.title }));
}

const text = (s: string | null): TableCell => ({ display: s ?? '', value: s });
const count = (n: number): TableCell => ({ display: formatCount(n), value: n });
const idColumns = (): TableColumn[] => [
  { key: 'soc_code', label: 'SOC code', numeric: false },
  { key: 'occupation', label: 'Occupation', numeric: false, rowHeader: true },
  { key: 'level', label: 'Level', numeric: false },
];

const DISTRIBUTION = [
  ['mean', 'mean'],
  ['pct10', '10th percentile'],
  ['pct25', '25th percentile'],
  ['median', 'median'],
  ['pct75', '75th percentile'],
  ['pct90', '90th percentile'],
] as const satisfies readonly (readonly [keyof WageDistribution, string])[];

/** One OEWS national release: employment, its relative standard error, and annual and hourly wages. */
/** Every row of a release as a table; built once per release (the CSV route and its about page both read it). */
export const oewsReleaseTable = oncePer('releases/oewsReleaseTable', buildOewsReleaseTable);

function buildOewsReleaseTable(release: WageRelease): DataTable {
  const percent = (n: number): string => formatPercent(n);
  const wageColumns = (kind: 'annual' | 'hourly'): TableColumn[] =>
    DISTRIBUTION.map(([field, label]) => ({ key: `${kind}_wage_${field}_usd`, label: `${kind === 'annual' ? 'Annual' : 'Hourly'} ${label} wage`, numeric: true }));
  return {
    id: `oews-${release.year}`,
    caption: `OEWS national estimates, ${release.release}: every occupation`,
    columns: [
      ...idColumns(),
      { key: 'employment_count', label: 'Employment (jobs)', numeric: true },
      { key: 'employment_rse_percent', label: 'Employment RSE (%)', numeric: true },
      ...wageColumns('annual'),
      ...wageColumns('hourly'),
      { key: 'mean_wage_rse_percent', label: 'Mean wage RSE (%)', numeric: true },
      { key: 'annual_only', label: 'Annual wages only', numeric: false },
      { key: 'hourly_only', label: 'Hourly wages only', numeric: false },
      { key: 'source_line', label: 'Line in the BLS file', numeric: false },
    ],
    rows: release.estimates.map((e) => [
      text(e.socCode),
      // As published, with BLS's May 2010–2011 asterisk; the pages show the title without it.
      text(e.publishedTitle),
      text(e.level),
      estimateCell(e.employment, formatCount),
      estimateCell(e.employmentRse, percent),
      ...DISTRIBUTION.map(([field]) => estimateCell(e.annual[field], formatUsd)),
      ...DISTRIBUTION.map(([field]) => estimateCell(e.hourly[field], formatHourlyUsd)),
      estimateCell(e.meanWageRse, percent),
      // As BLS writes the flags; a spreadsheet reads them as booleans.
      text(e.annualOnly ? 'TRUE' : 'FALSE'),
      text(e.hourlyOnly ? 'TRUE' : 'FALSE'),
      count(e.source.line),
    ]),
  };
}

const OPENINGS_BASIS: Record<ProjectionVintage['projections'][number]['openingsBasis'], string> = {
  'annual-average': 'annual average',
  'total-over-period': 'total over the period',
};

const EDUCATION_CLASSIFICATION = {
  'most-significant-source': 'most significant source of education or training',
  'typical-entry': 'typical education needed for entry',
} as const;

/** One Employment Projections vintage: employment, change, openings and worker characteristics. */
/** Every row of a vintage's Table 1.2 as a table; built once per vintage. */
export const projectionVintageTable = oncePer('releases/projectionVintageTable', buildProjectionVintageTable);

function buildProjectionVintageTable(vintage: ProjectionVintage): DataTable {
  const { baseYear: b, targetYear: t } = vintage;
  const basis = vintage.projections[0]?.openingsBasis ?? 'total-over-period';
  // Columns a vintage's tables do not have are "not in this vintage", never "not in this release".
  const absent = `not in the ${vintage.vintage} tables`;
  const cell = (estimate: Estimate | null, format: 'thousands' | 'percent' | 'usd'): TableCell => estimateCell(estimate, format, absent);
  const hasQuartile = vintage.projections.some((p) => p.wageQuartile != null);
  const wageKey = vintage.wageYear != null ? `median_annual_wage_usd_may_${vintage.wageYear}` : 'median_annual_wage_usd';
  return {
    id: `projections-${vintage.vintage}`,
    caption: `Employment Projections ${vintage.vintage}: every occupation (employment in thousands)`,
    columns: [
      ...idColumns(),
      { key: `employment_${b}_thousands`, label: `Employment ${b}`, numeric: true },
      { key: `employment_${t}_thousands`, label: `Projected employment ${t}`, numeric: true },
      { key: `change_${b}_${t}_thousands`, label: 'Change (jobs)', numeric: true },
      { key: `change_${b}_${t}_percent`, label: 'Change (%)', numeric: true },
      { key: basis === 'annual-average' ? `openings_${b}_${t}_annual_average_thousands` : `openings_${b}_${t}_total_thousands`, label: `Openings, ${OPENINGS_BASIS[basis]}`, numeric: true },
      { key: 'openings_basis', label: 'Openings basis', numeric: false },
      { key: `self_employed_${b}_percent`, label: `Self-employed ${b} (%)`, numeric: true },
      { key: wageKey, label: `Median annual wage${vintage.wageYear != null ? `, May ${vintage.wageYear}` : ''}`, numeric: true },
      ...(hasQuartile ? [{ key: 'median_wage_quartile', label: 'Median wage quartile', numeric: false }] : []),
      { key: 'education', label: 'Education', numeric: false },
      { key: 'education_classification', label: 'Education classification', numeric: false },
      { key: 'work_experience', label: 'Work experience in a related occupation', numeric: false },
      { key: 'on_the_job_training', label: 'On-the-job training', numeric: false },
      { key: 'source_line', label: 'Line in the BLS table', numeric: false },
    ],
    rows: vintage.projections.map((p) => [
      text(p.socCode),
      text(p.title),
      text(p.level),
      cell(p.employmentBase, 'thousands'),
      cell(p.employmentTarget, 'thousands'),
      cell(p.changeNumber, 'thousands'),
      cell(p.changePercent, 'percent'),
      cell(p.openings, 'thousands'),
      text(OPENINGS_BASIS[p.openingsBasis]),
      cell(p.selfEmployedPct, 'percent'),
      cell(p.medianAnnualWage, 'usd'),
      ...(hasQuartile ? [text(p.wageQuartile)] : []),
      text(p.education),
      text(p.education != null && p.educationClassification ? EDUCATION_CLASSIFICATION[p.educationClassification] : null),
      text(p.workExperience),
      text(p.onTheJobTraining),
      count(p.source.line),
    ]),
  };
}

/**
 * What the release files and the pages do with BLS's title asterisk, in words, from the releases
 * that have one; null when none has. Said on /releases and on each such release's about page.
 */
export function titleMarkerNote(releases: readonly WageRelease[]): string | null {
  const marked = releases.map((r) => ({ release: r, titles: markedTitles(r) })).filter((x) => x.titles.length > 0);
  const example = marked[0]?.titles[0];
  if (!example) return null;
  const counts = marked.map((x) => `${x.titles.length} titles in ${x.release.release}`).join(' and ');
  return `OEWS titles are kept as BLS published them, with the asterisk BLS put on ${counts} (for example “${example.published}”, ${example.socCode}). `
    + `Everywhere else this site shows those titles without the asterisk (“${example.shown}”). `
    + 'The BLS files shipped here do not define that asterisk (their field descriptions define only the *, **, # and ~ of number cells); '
    + 'every code it marks is one the 2000 to 2010 SOC crosswalk splits or merges, or an OEWS-only code in neither SOC, so its figures may not compare with those of other years.';
}
