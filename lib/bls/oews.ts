import { cleanTitle, normalizeLabel, parseEstimate, SOC_CODE } from './cells';
import { isBlankRow, isNoteRow, readCsvRows, type CsvRow } from './csv-rows';
import { BlsParseError } from './errors';
import type { Estimate, ParseResult, SkippedRow, SourceRef } from './types';

/** SOC level of an OEWS row, as the group column names it. */
export type OccupationLevel = 'total' | 'major' | 'minor' | 'broad' | 'detailed';

export interface WageDistribution {
  mean: Estimate;
  pct10: Estimate;
  pct25: Estimate;
  median: Estimate;
  pct75: Estimate;
  pct90: Estimate;
}

/** One occupation in one OEWS national release (May of `year`). */
export interface WageEstimate {
  release: string;
  year: number;
  socCode: string;
  /** The title shown on every page: `publishedTitle` without BLS's title asterisk (see cleanTitle). */
  title: string;
  /**
   * OCC_TITLE as BLS published it, padding trimmed: May 2010 and 2011 mark some titles with an
   * asterisk ("Registered Nurses*"). The release CSVs keep it.
   */
  publishedTitle: string;
  level: OccupationLevel;
  /** Total employment, rounded to the nearest 10 by BLS; excludes the self-employed. */
  employment: Estimate;
  /** Percent relative standard error of the employment estimate. */
  employmentRse: Estimate;
  annual: WageDistribution;
  hourly: WageDistribution;
  /** Percent relative standard error of the mean wage. */
  meanWageRse: Estimate;
  /** `annual` = TRUE: BLS publishes only annual wages (teachers, pilots...). */
  annualOnly: boolean;
  /** `hourly` = TRUE: BLS publishes only hourly wages (actors, musicians...). */
  hourlyOnly: boolean;
  source: SourceRef;
}

/** The top code that `#` stands for in this release, where the data states it. */
export interface TopCodes {
  annual: number | null;
  hourly: number | null;
}

const OPTIONAL = new Set(['annualOnly', 'hourlyOnly']);
const DISTRIBUTION_FIELDS = ['mean', 'pct10', 'pct25', 'median', 'pct75', 'pct90'] as const;

/** Columns the reader uses, by their normalised header names in any release. */
const COLUMNS = {
  socCode: ['occ_code'],
  title: ['occ_title'],
  group: ['group', 'occ_group', 'o_group'],
  employment: ['tot_emp'],
  employmentRse: ['emp_prse'],
  meanWageRse: ['mean_prse'],
  annualOnly: ['annual'],
  hourlyOnly: ['hourly'],
  ...Object.fromEntries(
    DISTRIBUTION_FIELDS.flatMap((f) => [
      [`a_${f}`, [`a_${f}`]],
      [`h_${f}`, [`h_${f}`]],
    ]),
  ),
} as Record<string, string[]>;

/** Columns of the 2019+ files that describe area, industry and ownership: always national, cross-industry here. */
const IGNORED = new Set([
  'area', 'area_title', 'area_type', 'prim_state', 'naics', 'naics_title', 'i_group', 'own_code',
  'jobs_1000', 'loc_quotient', 'loc quotient', 'pct_total', 'pct_rpt',
]);

/**
 * Reads one OEWS national file (`national_MYYYY_dl.csv`). The header row is found by its
 * `occ_code` cell, columns by name in any case; padding, thousands separators and the
 * `*`, `**`, `#`, `~` markers are handled in parseEstimate.
 */
export function parseOewsNational(text: string, file: string, year: number, topCodes: TopCodes): ParseResult<WageEstimate> {
  const rows = readCsvRows(text, file);
  const headerIndex = rows.findIndex((row) => row.cells.some((c) => normalizeLabel(c) === 'occ_code'));
  if (headerIndex < 0) {
    throw new BlsParseError({ file, line: rows[0]?.line ?? 1, expected: 'a header row with an OCC_CODE column', found: (rows[0]?.cells ?? []).join(',') || 'an empty file' });
  }
  const header = rows[headerIndex]!;
  const columns = mapColumns(header, file);
  // 2007–2009 rows end after the last wage when the annual/hourly flags are empty.
  const minCells = 1 + Math.max(...Object.entries(columns).filter(([k]) => !OPTIONAL.has(k)).map(([, i]) => i));
  const skipped: SkippedRow[] = rows.slice(0, headerIndex).map((row) => ({ line: row.line, reason: isBlankRow(row.cells) ? 'blank' : 'title' }));
  skipped.push({ line: header.line, reason: 'header' });
  const records: WageEstimate[] = [];
  for (const row of rows.slice(headerIndex + 1)) {
    if (isBlankRow(row.cells)) {
      skipped.push({ line: row.line, reason: 'blank' });
      continue;
    }
    const code = (row.cells[columns.socCode!] ?? '').trim();
    if (!SOC_CODE.test(code)) {
      if (records.length === 0 || !isNoteRow(row.cells)) throw codeError(file, row, columns.socCode!, code);
      skipped.push({ line: row.line, reason: 'footnote' });
      continue;
    }
    if (row.cells.length < minCells) {
      throw new BlsParseError({ file, line: row.line, column: row.cells.length + 1, expected: `at least ${minCells} cells, through the last wage column`, found: `${row.cells.length} cells (truncated row?)` });
    }
    records.push(toWageEstimate(row, columns, { file, year, topCodes }));
  }
  return { file, records, skipped, totalRows: rows.length };
}

function mapColumns(header: CsvRow, file: string): Record<string, number> {
  const found: Record<string, number> = {};
  header.cells.forEach((cell, index) => {
    const label = normalizeLabel(cell);
    if (label === '' || IGNORED.has(label)) return;
    const key = Object.keys(COLUMNS).find((k) => COLUMNS[k]!.includes(label));
    if (!key) {
      throw new BlsParseError({ file, line: header.line, column: index + 1, expected: 'a known OEWS column (occ_code, occ_title, tot_emp, a_median, ...)', found: cell });
    }
    found[key] = index;
  });
  for (const key of Object.keys(COLUMNS)) {
    if (OPTIONAL.has(key)) continue;
    if (found[key] === undefined) {
      throw new BlsParseError({ file, line: header.line, expected: `a column named ${COLUMNS[key]!.join(' or ')}`, found: header.cells.join(',') });
    }
  }
  return found;
}

function codeError(file: string, row: CsvRow, column: number, code: string): BlsParseError {
  return new BlsParseError({ file, line: row.line, column: column + 1, expected: 'an occupation code like 29-2071', found: code });
}

function toWageEstimate(row: CsvRow, columns: Record<string, number>, ctx: { file: string; year: number; topCodes: TopCodes }): WageEstimate {
  const cell = (key: string): string => row.cells[columns[key] ?? -1] ?? '';
  const estimate = (key: string, field: string, topCode?: number | null): Estimate =>
    parseEstimate(cell(key), { file: ctx.file, line: row.line, column: (columns[key] ?? 0) + 1, field, topCode });
  const distribution = (prefix: 'a' | 'h'): WageDistribution => {
    const topCode = prefix === 'a' ? ctx.topCodes.annual : ctx.topCodes.hourly;
    const kind = prefix === 'a' ? 'annual' : 'hourly';
    return Object.fromEntries(DISTRIBUTION_FIELDS.map((f) => [f, estimate(`${prefix}_${f}`, `${kind} ${f} wage`, topCode)])) as unknown as WageDistribution;
  };
  const socCode = cell('socCode').trim();
  return {
    release: `May ${ctx.year}`,
    year: ctx.year,
    socCode,
    title: cleanTitle(cell('title')),
    publishedTitle: cell('title').trim(),
    level: toLevel(cell('group'), socCode, ctx.file, row.line, (columns.group ?? 0) + 1),
    employment: estimate('employment', 'total employment'),
    employmentRse: estimate('employmentRse', 'employment relative standard error'),
    annual: distribution('a'),
    hourly: distribution('h'),
    meanWageRse: estimate('meanWageRse', 'mean wage relative standard error'),
    annualOnly: isTrue(cell('annualOnly')),
    hourlyOnly: isTrue(cell('hourlyOnly')),
    source: { file: ctx.file, line: row.line },
  };
}

const LEVELS: readonly OccupationLevel[] = ['total', 'major', 'minor', 'broad', 'detailed'];

/** 2007–2011 leave the group blank on detailed rows (and on the all-occupations row in 2007–2008). */
function toLevel(raw: string, socCode: string, file: string, line: number, column: number): OccupationLevel {
  const group = raw.trim().toLowerCase();
  if (group === '') return socCode === '00-0000' ? 'total' : 'detailed';
  const level = LEVELS.find((l) => l === group);
  if (!level) throw new BlsParseError({ file, line, column, expected: 'an occupation group (total, major, minor, broad, detailed or blank)', found: raw });
  return level;
}

function isTrue(raw: string): boolean {
  return raw.trim().toUpperCase() === 'TRUE';
}
