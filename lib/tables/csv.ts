import Papa from 'papaparse';

/** One CSV cell: numbers stay numbers, text is text, null is an empty cell. */
export type CsvValue = string | number | null;

/**
 * Every CSV starts with a UTF-8 byte-order mark: without it Excel reads the file as the
 * system code page (Windows-1252 in the U.S.) and garbles "—" and "≥". Papaparse, pandas,
 * LibreOffice and Python's `utf-8-sig` skip it; the README tells other scripts.
 */
export const CSV_BOM = '\uFEFF';

/** RFC 4180 line ending, used for every line including the last. */
export const CSV_NEWLINE = '\r\n';

/**
 * Text a spreadsheet would run as a formula (OWASP "CSV injection"). Papaparse's own pattern
 * ends in `.*$` without the s flag, so it misses text with a line break; this one does not.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export class CsvShapeError extends Error {}

/**
 * The one CSV writer: a header row, then one line per row, quoted per RFC 4180 by papaparse.
 * Text cells that start with `=`, `+`, `-`, `@`, tab or carriage return get a leading
 * apostrophe; numbers (including negatives such as -0.1) are written as numbers.
 */
export function writeCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  rows.forEach((row, i) => {
    if (row.length !== header.length) throw new CsvShapeError(`CSV row ${i + 1} has ${row.length} cells; the header has ${header.length} (${header.join(', ')}).`);
    row.forEach((cell, j) => {
      // A number that is not finite means a bug upstream; it must never reach a file as "NaN".
      if (typeof cell === 'number' && !Number.isFinite(cell)) throw new CsvShapeError(`CSV row ${i + 1}, column ${header[j] ?? j + 1}: ${cell} is not a finite number.`);
    });
  });
  const body = Papa.unparse(
    { fields: [...header], data: rows.map((row) => [...row]) },
    { newline: CSV_NEWLINE, quotes: false, escapeFormulae: FORMULA_START, header: true },
  );
  return `${CSV_BOM}${body}${CSV_NEWLINE}`;
}
