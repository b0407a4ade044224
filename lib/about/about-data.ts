import type { Comparison } from '../comparison/model';
import type { Dataset, ProjectionVintage, WageRelease } from '../data/assemble';
import type { CompareFile, Program } from '../comparison/files';
import { compareHref } from '../comparison/params';
import { dollarsQuery, type Dollars } from '../dollars/real-dollars';
import type { DownloadLinks } from '../http/downloads';
import { CSV_FORMAT_NOTES, epNotes, flagNotes, OEWS_NOTES, topCodeNote, wagesNotes } from './footnotes';
import { formatIsoDate, formatOewsPeriod, formatProjectionPeriod } from '../tables/format';
import { oewsReleaseTable, projectionVintageTable, titleMarkerNote } from '../releases/tables';
import type { DataTable, TableColumn } from '../tables/table';
import type { OccupationProfile } from '../profile/model';
import { requestOrigin, toHeaders } from '../http/responses';
import type { ProfileFile } from '../profile/files';

/**
 * "About this data": the provenance of one download, on its own page beside the button
 * rather than inside the file (a CSV with prose rows breaks every script that reads it).
 */
export interface AboutData {
  /** What the download holds, as the page titles it. */
  title: string;
  files: { label: string; href: string }[];
  facts: { term: string; detail: string; href?: string }[];
  columns: { key: string; meaning: string }[];
  footnotes: string[];
}

/** Where and when the about page is read: the site's origin (for the view's full URL) and today. */
export interface AboutContext {
  origin: string;
  downloaded: Date;
}

/** The context of a request for an about page: the origin its headers name, and now. */
export function aboutContext(headers: Record<string, string | string[] | undefined>): AboutContext {
  return { origin: requestOrigin(toHeaders(headers)), downloaded: new Date() };
}

const PROGRAM_NAMES: Record<Program, string> = {
  ep: 'BLS Employment Projections (EP)',
  oews: 'BLS Occupational Employment and Wage Statistics (OEWS), national cross-industry estimates',
};

const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim();
const fileName = (path: string): string => path.replace(/^.*\//, '');

/** The dollars a `…_usd[_nominal|_2024_dollars][_may_2008]` key names; a bare `_usd` is nominal. */
function usdUnit(key: string): string | null {
  const m = /_usd(?:_(nominal|\d{4}_dollars))?(?:_may_\d{4})?$/.exec(key);
  if (!m) return null;
  const base = /^(\d{4})_dollars$/.exec(m[1] ?? '')?.[1];
  return base ? `constant ${base} U.S. dollars (CPI-U), converted here, not published by BLS` : 'U.S. dollars (nominal), as BLS published it';
}

/** A CSV column in words: its label and the unit its key names. */
function columnMeaning(column: TableColumn): string {
  const unit = /_thousands$/.test(column.key) ? 'thousands of jobs'
    : /_percent$/.test(column.key) ? 'percent'
    : usdUnit(column.key)
    ?? (/_count$/.test(column.key) ? 'jobs' : null);
  // "Change (%)" and "Median (annual), 2024 dollars" say their unit in the label; the key's unit replaces it.
  const dollars = /,\s*(as published|\d{4} dollars)$/;
  const label = dollars.test(column.label) ? column.label.replace(dollars, '') : column.label.replace(/\s*\([^)]*\)$/, '');
  return unit ? `${label}, in ${unit}` : column.label;
}

function columnsOf(table: DataTable): AboutData['columns'] {
  return table.columns.map((c) => ({ key: c.key, meaning: columnMeaning(c) }));
}

function downloadedFact(ctx: AboutContext): AboutData['facts'][number] {
  return { term: 'Downloaded', detail: `${formatIsoDate(ctx.downloaded)} (the date in the name of a file downloaded today)` };
}

function filesOf(links: DownloadLinks): AboutData['files'] {
  return [
    { label: 'CSV', href: links.csv },
    ...(links.svg ? [{ label: 'SVG image', href: links.svg }] : []),
    ...(links.png ? [{ label: 'PNG image (twice the SVG\'s size)', href: links.png }] : []),
  ];
}

export function aboutCompareFile(dataset: Dataset, c: Comparison, file: CompareFile, links: DownloadLinks, ctx: AboutContext): AboutData {
  const v = c.vintage;
  const r = c.release;
  const trend = file.slug === 'wage-trend';
  const first = dataset.wageReleases[0];
  const last = dataset.wageReleases[dataset.wageReleases.length - 1];
  const tables = file.programs.map((p) => (p === 'ep'
    ? `${oneLine(v.employmentTable.title)} (${v.employmentTable.file})`
    : trend && first && last ? `${fileName(first.file)} to ${fileName(last.file)}, one file per release (data/oews/)` : `${fileName(r.file)} (data/${r.file})`));
  const releases = file.programs.map((p) => (p === 'ep' ? `EP ${v.vintage}` : trend && first && last ? `OEWS ${first.release} to ${last.release}, every release shipped` : `OEWS ${r.release}`));
  // The comparison table's figures are the compare page's, spread over its charts' tables.
  const view = `${compareHref(c.rows.map((row) => row.socCode), v.vintage, r.year, dollarsQuery(c.dollars, dataset))}${file.spec ? `#${file.slug}` : ''}`;
  const ep = epNotes(v);
  const footnotes = [
    ...(file.programs.includes('ep') ? [ep.thousands, ep.selfEmployed] : []),
    // Only the wage trend's chart is priced in the comparison's dollars (its table adds them beside the published wages); the other figures are of one release, in its dollars.
    ...(file.programs.includes('oews') ? [topCodeNote(trend ? dataset.wageReleases : [r]), ...(trend ? wagesNotes(c.dollars) : [OEWS_NOTES.wages])] : []),
    ...flagNotes(file.table),
    ...(trend ? ['published_as: the code each run of releases is published under. Where it is not the row\'s own code, the occupation had that code at the time and it changed one to one (same occupation, new code or title), so its figures go on the row, as on the occupation\'s profile; across a split or a merge they do not.'] : []),
    ...c.lineageNotes.map((n) => `SOC code change: ${n}`),
    'Rows are the selected occupations in the order chosen, titled as the chosen EP vintage names them (else the OEWS release).',
    ...(file.table.rows.some((row) => /\(reference\)$/.test(String(row[1]?.value ?? ''))) ? ['The last row, "(reference)", is all occupations: the line drawn across the chart.'] : []),
    ...CSV_FORMAT_NOTES,
  ];
  return {
    title: file.title,
    files: filesOf(links),
    facts: [
      { term: 'Source program', detail: file.programs.map((p) => PROGRAM_NAMES[p]).join('; ') },
      { term: file.programs.length > 1 ? 'Tables' : 'Table', detail: tables.join('; ') },
      { term: file.programs.length > 1 ? 'Releases' : 'Release', detail: releases.join('; ') },
      { term: 'Reference period', detail: file.referencePeriod },
      { term: 'Source line on the chart', detail: file.source },
      { term: 'Occupations', detail: c.rows.map((row) => `${row.socCode} ${row.title}`).join('; ') },
      { term: 'View', detail: `${ctx.origin}${view}`, href: view },
      downloadedFact(ctx),
    ],
    columns: columnsOf(file.table),
    footnotes,
  };
}

export function aboutOewsRelease(release: WageRelease, links: DownloadLinks, ctx: AboutContext): AboutData {
  const table = oewsReleaseTable(release);
  const view = `/releases#oews-${release.year}`;
  return {
    title: links.title,
    files: filesOf(links),
    facts: [
      { term: 'Source program', detail: PROGRAM_NAMES.oews },
      { term: 'Table', detail: `${fileName(release.file)}, the national cross-industry file as BLS publishes it (data/${release.file})` },
      { term: 'Release', detail: `OEWS ${release.release}` },
      { term: 'Reference period', detail: formatOewsPeriod(release.year) },
      { term: 'Rows', detail: `${release.estimates.length} occupations and groups, in the order of the BLS file` },
      { term: 'Top code read from', detail: release.topCodeSource ?? 'not stated in the files shipped here' },
      { term: 'View', detail: `${ctx.origin}${view}`, href: view },
      downloadedFact(ctx),
    ],
    columns: columnsOf(table),
    footnotes: [
      topCodeNote([release]),
      OEWS_NOTES.employment,
      OEWS_NOTES.wages,
      OEWS_NOTES.rse,
      OEWS_NOTES.levels,
      OEWS_NOTES.onlyFlags,
      ...flagNotes(table),
      ...[titleMarkerNote([release])].filter((n): n is string => n != null),
      'source_line is the line of the row in the BLS file, for checking a figure against the original.',
      ...CSV_FORMAT_NOTES,
    ],
  };
}

export function aboutProjectionVintage(vintage: ProjectionVintage, links: DownloadLinks, ctx: AboutContext): AboutData {
  const table = projectionVintageTable(vintage);
  const view = `/releases#projections-${vintage.vintage}`;
  const ep = epNotes(vintage);
  const tables = [vintage.employmentTable, ...(vintage.characteristicsTable ? [vintage.characteristicsTable] : [])];
  return {
    title: links.title,
    files: filesOf(links),
    facts: [
      { term: 'Source program', detail: `${PROGRAM_NAMES.ep}, Occupation workbook` },
      { term: tables.length > 1 ? 'Tables' : 'Table', detail: tables.map((t) => `${oneLine(t.title)} (data/${t.file})`).join('; ') },
      { term: 'Vintage', detail: `EP ${vintage.vintage}` },
      { term: 'Reference period', detail: `${formatProjectionPeriod(vintage.baseYear, vintage.targetYear)}: employment in ${vintage.baseYear} and projected for ${vintage.targetYear}` },
      { term: 'Rows', detail: `${vintage.projections.length} occupations and groups, in the order of the BLS table` },
      { term: 'View', detail: `${ctx.origin}${view}`, href: view },
      downloadedFact(ctx),
    ],
    columns: columnsOf(table),
    footnotes: [
      ep.thousands,
      ep.selfEmployed,
      ep.openings,
      ep.wage,
      ep.education,
      ...flagNotes(table),
      'Level is "summary" for rows that add up other rows (major, minor and broad groups) and "detailed" for line items.',
      'Text columns (education, work experience, on-the-job training) are empty where BLS assigns no category.',
      'source_line is the line of the row in Table 1.2 as shipped, for checking a figure against the original.',
      ...CSV_FORMAT_NOTES,
    ],
  };
}

/** About one profile file (`/occupations/29-2071/wages.csv`). */
export function aboutProfileFile(dataset: Dataset, profile: OccupationProfile, file: ProfileFile, dollars: Dollars, links: DownloadLinks, ctx: AboutContext): AboutData {
  const view = `/occupations/${profile.socCode}#${file.slug === 'wages' ? 'wage-history' : 'projections'}`;
  const oews = file.slug === 'wages';
  const vintages = [...new Set(profile.projections.rows.map((r) => r.vintage))];
  const footnotes = oews
    ? [topCodeNote(dataset.wageReleases), OEWS_NOTES.employment, ...wagesNotes(dollars)]
    : [...vintages.slice(-1).flatMap((v) => { const ep = epNotes(v); return [ep.thousands, ep.selfEmployed, ep.openings, ep.education]; })];
  return {
    title: file.spec.title,
    files: filesOf(links),
    facts: [
      { term: 'Source program', detail: PROGRAM_NAMES[oews ? 'oews' : 'ep'] },
      { term: 'Tables', detail: oews ? 'The national cross-industry file of each May release (data/oews/national_MYYYY_dl.csv)' : 'Table 1.2 of each vintage, with Table 1.6 (2008-18) or 1.7 (2010-20 to 2022-32) for wages and education (data/projections/)' },
      { term: 'Reference period', detail: file.spec.referencePeriod },
      { term: 'Source line on the chart', detail: file.spec.source },
      { term: 'Occupation', detail: `${profile.socCode} ${profile.title}` },
      { term: 'Code changes', detail: profile.lineage.length ? 'Where the code changed between SOC revisions, rows say which code they come from; see the Code history on the profile.' : 'None in the releases shipped here.' },
      { term: 'View', detail: `${ctx.origin}${view}`, href: view },
      downloadedFact(ctx),
    ],
    columns: columnsOf(file.table),
    footnotes: [...footnotes, ...file.spec.notes, ...flagNotes(file.table), ...CSV_FORMAT_NOTES],
  };
}


/** About a profile's projection scorecard (`/occupations/29-2071/scorecard.csv`). */
export function aboutProfileScorecard(profile: OccupationProfile, table: DataTable, links: DownloadLinks, ctx: AboutContext): AboutData {
  const view = `/occupations/${profile.socCode}#scorecard-heading`;
  return {
    title: links.title,
    files: filesOf(links),
    facts: [
      { term: 'Source program', detail: `${PROGRAM_NAMES.ep}: Table 1.2 of each projections vintage and of the later vintage whose base year is the target year` },
      { term: 'Occupation', detail: `${profile.socCode} ${profile.title}` },
      { term: 'Reference period', detail: 'Each scored projection period (e.g. 2008 to 2018), checked against employment in its target year' },
      { term: 'View', detail: `${ctx.origin}${view}`, href: view },
      downloadedFact(ctx),
    ],
    columns: columnsOf(table),
    footnotes: [
      'Projected and actual employment are EP figures in thousands of jobs, self-employed included; the actual figure is the base-year employment of the later vintage.',
      'Error (% of actual) = (projected − actual) / actual × 100: positive where BLS projected too many jobs.',
      'Where a code changed between the two vintages, its successor or predecessor codes are summed and the row is marked as not like for like.',
      ...CSV_FORMAT_NOTES,
    ],
  };
}
