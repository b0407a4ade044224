import { cleanTitle, normalizeLabel } from './cells';
import { isBlankRow, readCsvRows, type CsvRow } from './csv-rows';
import { BlsParseError } from './errors';
import type { ParseResult, SkippedRow, SourceRef } from './types';

/** O*NET's relatedness tiers, closest first. */
export const RELATEDNESS_TIERS = ['Primary-Short', 'Primary-Long', 'Supplemental'] as const;
export type RelatednessTier = (typeof RELATEDNESS_TIERS)[number];

/**
 * One related occupation of an O*NET-SOC occupation. O*NET codes add two digits to the 2018 SOC
 * code (29-2072.00); `.01`-style codes are O*NET-only detail under the same SOC code.
 * Source: O*NET 29.3 Database, USDOL/ETA, CC BY 4.0 — credit it wherever this is shown.
 */
export interface RelatedOccupation {
  onetCode: string;
  socCode: string;
  title: string;
  relatedOnetCode: string;
  relatedSocCode: string;
  relatedTitle: string;
  tier: RelatednessTier;
  /** O*NET's Index: 1 is the most related. */
  rank: number;
  source: SourceRef;
}

type Column = 'onetCode' | 'title' | 'relatedOnetCode' | 'relatedTitle' | 'tier' | 'rank';

/** O*NET column headers, normalised. */
const COLUMNS: Record<Column, string> = {
  onetCode: 'o*net-soc code',
  title: 'title',
  relatedOnetCode: 'related o*net-soc code',
  relatedTitle: 'related title',
  tier: 'relatedness tier',
  rank: 'index',
};

const ONET_CODE = /^(\d{2}-\d{4})\.\d{2}$/;

/**
 * Reads O*NET's `related_occupations.txt` (tab-separated, one header row). O*NET files carry
 * no notes, so every non-blank row after the header must be a complete record.
 */
export function parseOnetRelated(text: string, file: string): ParseResult<RelatedOccupation> {
  const rows = readCsvRows(text, file, { delimiter: '\t' });
  const headerIndex = rows.findIndex((row) => row.cells.some((cell) => normalizeLabel(cell) === COLUMNS.onetCode));
  const header = rows[headerIndex];
  if (!header) {
    throw new BlsParseError({ file, line: rows[0]?.line ?? 1, expected: 'a tab-separated header row with an "O*NET-SOC Code" column', found: (rows[0]?.cells ?? []).join('\t') || 'an empty file' });
  }
  const columns = mapColumns(header, file);
  const skipped: SkippedRow[] = rows.slice(0, headerIndex).map((row) => ({ line: row.line, reason: isBlankRow(row.cells) ? 'blank' : 'title' }));
  skipped.push({ line: header.line, reason: 'header' });
  const records: RelatedOccupation[] = [];
  for (const row of rows.slice(headerIndex + 1)) {
    if (isBlankRow(row.cells)) {
      skipped.push({ line: row.line, reason: 'blank' });
      continue;
    }
    const [onetCode, socCode] = codeAt(row, columns.onetCode, file);
    const [relatedOnetCode, relatedSocCode] = codeAt(row, columns.relatedOnetCode, file);
    records.push({
      onetCode,
      socCode,
      title: titleAt(row, columns.title, file),
      relatedOnetCode,
      relatedSocCode,
      relatedTitle: titleAt(row, columns.relatedTitle, file),
      tier: tierAt(row, columns.tier, file),
      rank: rankAt(row, columns.rank, file),
      source: { file, line: row.line },
    });
  }
  return { file, records, skipped, totalRows: rows.length };
}

function mapColumns(header: CsvRow, file: string): Record<Column, number> {
  const keys = Object.keys(COLUMNS) as Column[];
  const found: Partial<Record<Column, number>> = {};
  header.cells.forEach((cell, index) => {
    const key = keys.find((k) => COLUMNS[k] === normalizeLabel(cell));
    if (!key || found[key] !== undefined) {
      throw new BlsParseError({ file, line: header.line, column: index + 1, expected: 'one each of O*NET-SOC Code, Title, Related O*NET-SOC Code, Related Title, Relatedness Tier, Index', found: cell });
    }
    found[key] = index;
  });
  const columns = {} as Record<Column, number>;
  for (const key of keys) {
    const index = found[key];
    if (index === undefined) {
      throw new BlsParseError({ file, line: header.line, expected: `a column named "${COLUMNS[key]}"`, found: header.cells.join('\t') });
    }
    columns[key] = index;
  }
  return columns;
}

/** The O*NET-SOC code and the 2018 SOC code it sits under. */
function codeAt(row: CsvRow, column: number, file: string): [string, string] {
  const code = (row.cells[column] ?? '').trim();
  const soc = ONET_CODE.exec(code)?.[1];
  if (!soc) throw cellError(row, column, file, 'an O*NET-SOC code like 29-2072.00');
  return [code, soc];
}

function titleAt(row: CsvRow, column: number, file: string): string {
  const title = cleanTitle(row.cells[column] ?? '');
  if (title === '') throw cellError(row, column, file, 'an occupation title');
  return title;
}

function tierAt(row: CsvRow, column: number, file: string): RelatednessTier {
  const raw = (row.cells[column] ?? '').trim();
  const tier = RELATEDNESS_TIERS.find((t) => t === raw);
  if (!tier) throw cellError(row, column, file, `a relatedness tier (${RELATEDNESS_TIERS.join(', ')})`);
  return tier;
}

function rankAt(row: CsvRow, column: number, file: string): number {
  const raw = (row.cells[column] ?? '').trim();
  if (!/^\d+$/.test(raw) || Number(raw) < 1) throw cellError(row, column, file, 'a whole-number Index of 1 or more');
  return Number(raw);
}

function cellError(row: CsvRow, column: number, file: string, expected: string): BlsParseError {
  const found = row.cells[column] ?? `no cell (the row has ${row.cells.length})`;
  return new BlsParseError({ file, line: row.line, column: column + 1, expected, found });
}
