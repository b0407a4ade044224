import Papa from 'papaparse';
import { BlsParseError } from './errors';

/** One row of a CSV file as text cells, with the 1-based line it starts on. */
export interface CsvRow {
  line: number;
  cells: string[];
}

/**
 * Splits CSV text into rows with papaparse (no header mode: BLS headers span several rows
 * and are found by meaning). Line numbers count the line breaks inside quoted cells, so
 * they match what an editor shows. A BOM is dropped; CRLF and LF both work. `delimiter`
 * (e.g. '\t' for O*NET text files) overrides papaparse's guess; `unquoted` reads every `"` as
 * text, for files that never quote a cell (O*NET's), so a cell that starts with one stays whole.
 */
export function readCsvRows(text: string, file: string, options?: { delimiter?: string; unquoted?: boolean }): CsvRow[] {
  if (text.includes('\u0000')) {
    throw new BlsParseError({ file, ...placeOfIndex(text, text.indexOf('\u0000')), expected: 'CSV text', found: 'a NUL byte (binary data)' });
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const delimiter = options?.delimiter === undefined ? {} : { delimiter: options.delimiter };
  const unquoted = options?.unquoted === true;
  const parsed = Papa.parse<string[]>(body, { header: false, dynamicTyping: false, skipEmptyLines: false, fastMode: unquoted || undefined, ...delimiter });
  const hardError = parsed.errors.find((e) => e.type === 'Quotes');
  if (hardError) {
    // papaparse's index is just past the opening quote: that quote is where a person has to look.
    const place = hardError.index === undefined ? { line: lineOfRow(parsed.data, hardError.row ?? 0) } : placeOfIndex(body, Math.max(0, hardError.index - 1));
    throw new BlsParseError({ file, ...place, expected: 'a closed quoted cell', found: hardError.message });
  }
  const rows: CsvRow[] = [];
  let line = 1;
  for (const cells of parsed.data) {
    for (let i = 0; i < cells.length; i++) cells[i] = detached(cells[i] as string);
    rows.push({ line, cells });
    // Without quoting a cell cannot hold a line break: one row is one line.
    line += unquoted ? 1 : 1 + cells.reduce((n, cell) => n + countBreaks(cell), 0);
  }
  // A final line break makes papaparse report one empty row after it: not a row of the file.
  const last = rows[rows.length - 1];
  if (last && last.cells.length === 1 && last.cells[0] === '' && /\r?\n$/.test(body)) rows.pop();
  return rows;
}

/** V8 cuts a string this long or longer out of its parent as a slice, which keeps the parent alive. */
const SLICE_MIN_LENGTH = 13;

/**
 * A cell that does not hold on to the file: each longer cell papaparse cuts out is V8's slice of
 * the whole file's text, so keeping one title would keep the file (measured: the dataset's titles
 * kept 15 MiB of file texts). JSON's parser makes a copy of its own. (Flattening a joined string
 * is a third faster but keeps 3 MiB more: the copy is then sliced again.)
 */
function detached(cell: string): string {
  return cell.length < SLICE_MIN_LENGTH ? cell : (JSON.parse(JSON.stringify(cell)) as string);
}

/** True when every cell of the row is empty or white space. */
export function isBlankRow(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

/** A note below a table fills one cell at most; a row with more is data, whatever its code cell says. */
export function isNoteRow(cells: readonly string[]): boolean {
  return cells.filter((cell) => cell.trim() !== '').length <= 1;
}

function countBreaks(cell: string): number {
  let n = 0;
  for (let i = 0; i < cell.length; i++) {
    const c = cell.charCodeAt(i);
    if (c === 10) n++;
    else if (c === 13 && cell.charCodeAt(i + 1) !== 10) n++;
  }
  return n;
}

function lineOfRow(data: string[][], rowIndex: number): number {
  let line = 1;
  for (let i = 0; i < rowIndex && i < data.length; i++) {
    line += 1 + (data[i] ?? []).reduce((n, cell) => n + countBreaks(cell), 0);
  }
  return line;
}

/** 1-based line and column of a character offset. */
function placeOfIndex(text: string, index: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < index; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: index - lineStart + 1 };
}
