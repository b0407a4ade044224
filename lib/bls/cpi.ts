import { normalizeLabel } from './cells';
import { isBlankRow, readCsvRows, type CsvRow } from './csv-rows';
import { BlsParseError } from './errors';
import type { ParseResult, SkippedRow, SourceRef } from './types';

/** The annual average of a CPI series for one calendar year (index, e.g. 1982-84=100). */
export interface CpiAnnualAverage {
  year: number;
  annualAverage: number;
  source: SourceRef;
}

export interface CpiAnnualSeries extends ParseResult<CpiAnnualAverage> {
  /** BLS series id from the metadata block, e.g. CUUR0000SA0 (CPI-U, U.S. city average, all items). */
  seriesId: string;
  /**
   * Data rows whose Annual cell is blank: the year in progress, which BLS has not averaged yet.
   * Their rows are skipped as 'incomplete-year'.
   */
  yearsWithoutAnnual: number[];
}

const SERIES_ID = /^[A-Z0-9]+$/;
const INDEX_VALUE = /^\d+(?:\.\d+)?$/;
const YEAR = /^\d{4}$/;

/**
 * Reads a BLS data-tool export of a CPI series (`cpi_u_us_city_average_all_items.csv`):
 * a metadata block with a "Series Id:" line, then a `Year, Jan … Dec, Annual, HALF1, HALF2`
 * table. Only the Annual column is read; a blank one is recorded, never estimated from months.
 */
export function parseCpiAnnual(text: string, file: string): CpiAnnualSeries {
  const rows = readCsvRows(text, file);
  const headerIndex = rows.findIndex((row) => normalizeLabel(row.cells[0] ?? '') === 'year');
  const header = rows[headerIndex];
  if (!header) {
    throw new BlsParseError({ file, line: rows[0]?.line ?? 1, expected: 'a header row starting with "Year"', found: (rows[0]?.cells ?? []).join(',') || 'an empty file' });
  }
  const annualColumn = header.cells.findIndex((cell) => normalizeLabel(cell) === 'annual');
  if (annualColumn < 0) {
    throw new BlsParseError({ file, line: header.line, expected: 'an "Annual" column', found: header.cells.join(',') });
  }
  const seriesId = readSeriesId(rows.slice(0, headerIndex), file, header.line);
  const skipped: SkippedRow[] = rows.slice(0, headerIndex).map((row) => ({ line: row.line, reason: isBlankRow(row.cells) ? 'blank' : 'title' }));
  skipped.push({ line: header.line, reason: 'header' });
  const records: CpiAnnualAverage[] = [];
  const yearsWithoutAnnual: number[] = [];
  let lastYear: number | null = null;
  for (const row of rows.slice(headerIndex + 1)) {
    const yearCell = (row.cells[0] ?? '').trim();
    if (isBlankRow(row.cells)) {
      skipped.push({ line: row.line, reason: 'blank' });
      continue;
    }
    if (lastYear !== null && !/^\d/.test(yearCell)) {
      skipped.push({ line: row.line, reason: 'footnote' });
      continue;
    }
    if (!YEAR.test(yearCell) || (lastYear !== null && Number(yearCell) <= lastYear)) {
      const expected = lastYear === null ? 'a four-digit year' : `a four-digit year after ${lastYear}`;
      throw new BlsParseError({ file, line: row.line, column: 1, expected, found: yearCell });
    }
    const year = Number(yearCell);
    lastYear = year;
    const annual = row.cells[annualColumn];
    if (annual === undefined || !(annual.trim() === '' || INDEX_VALUE.test(annual.trim()))) {
      throw new BlsParseError({ file, line: row.line, column: annualColumn + 1, expected: `an annual average index value like 215.303, or blank, for ${year}`, found: annual ?? `no cell (the row has ${row.cells.length})` });
    }
    if (annual.trim() === '') {
      yearsWithoutAnnual.push(year);
      skipped.push({ line: row.line, reason: 'incomplete-year' });
    } else records.push({ year, annualAverage: Number(annual.trim()), source: { file, line: row.line } });
  }
  return { file, records, skipped, totalRows: rows.length, seriesId, yearsWithoutAnnual };
}

function readSeriesId(metadata: CsvRow[], file: string, headerLine: number): string {
  const row = metadata.find((r) => normalizeLabel(r.cells[0] ?? '') === 'series id:');
  if (!row) {
    throw new BlsParseError({ file, line: headerLine, expected: 'a "Series Id:" line above the header', found: 'none' });
  }
  const id = (row.cells[1] ?? '').trim();
  if (!SERIES_ID.test(id)) {
    throw new BlsParseError({ file, line: row.line, column: 2, expected: 'a BLS series id like CUUR0000SA0', found: row.cells[1] ?? '' });
  }
  return id;
}
