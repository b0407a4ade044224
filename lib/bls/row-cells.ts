import { cleanTitle, SOC_CODE } from './cells';
import type { CsvRow } from './csv-rows';
import { BlsParseError } from './errors';

/** A SOC code cell of a row, or an error naming its place (`example` shows the expected form). */
export function codeAt(row: CsvRow, column: number, file: string, example = '29-2071'): string {
  const code = (row.cells[column] ?? '').trim();
  if (!SOC_CODE.test(code)) {
    throw new BlsParseError({ file, line: row.line, column: column + 1, expected: `an occupation code like ${example}`, found: cellText(row, column) });
  }
  return code;
}

/** A title cell of a row, cleaned of BLS markers; an empty one is an error. */
export function titleAt(row: CsvRow, column: number, file: string): string {
  const title = cleanTitle(row.cells[column] ?? '');
  if (title === '') {
    throw new BlsParseError({ file, line: row.line, column: column + 1, expected: 'an occupation title', found: cellText(row, column) });
  }
  return title;
}

/** A cell's text for an error message, or what is missing. */
export function cellText(row: CsvRow, column: number): string {
  return row.cells[column] ?? `no cell (the row has ${row.cells.length})`;
}
