import { cleanTitle, normalizeLabel } from './cells';
import { isBlankRow, readCsvRows, type CsvRow } from './csv-rows';
import { BlsParseError } from './errors';
import type { ParseResult, SkippedRow, SourceRef } from './types';

/**
 * The one reader of O*NET's tab-separated tables (O*NET 29.3 Database, USDOL/ETA, CC BY 4.0).
 * Each table reader names its columns as O*NET writes them and turns each row into a record
 * through `OnetRow`, whose accessors check a cell and say, on failure, which line and column
 * held what. O*NET writes `n/a` for an empty cell; the `optional…` accessors read it as null.
 */

/** How O*NET marks an empty cell. */
export const ONET_MISSING = 'n/a';

/** A table's columns: a key for each, and its header as O*NET writes it (matched in any case). */
export type OnetColumns<K extends string> = Readonly<Record<K, string>>;

/** The O*NET-SOC codes of `occupation_data.txt`, which every other table's codes must be among. */
export interface KnownOnetCodes {
  file: string;
  codes: ReadonlySet<string>;
}

/** An O*NET-SOC code (29-2072.00) and the 2018 SOC code it sits under (29-2072). */
export interface OnetCode {
  onetCode: string;
  socCode: string;
}

const ONET_CODE = /^(\d{2}-\d{4})\.\d{2}$/;

/**
 * Reads one O*NET table. The header is the first row with the first column's name; every
 * header cell must be one of `columns`, each once, so a table of another shape stops the load.
 * Every non-blank row after it must have a cell under each header cell (O*NET files carry no
 * notes) and becomes one record.
 */
export function parseOnetTable<K extends string, T>(
  text: string,
  file: string,
  columns: OnetColumns<K>,
  toRecord: (row: OnetRow<K>) => T,
  known?: KnownOnetCodes,
): ParseResult<T> {
  // O*NET never quotes a cell; a `"` inside a task statement is text. Fast mode reads it so.
  const rows = readCsvRows(text, file, { delimiter: '\t', unquoted: true });
  const keys = Object.keys(columns) as K[];
  const first = columns[keys[0]!];
  const headerIndex = rows.findIndex((row) => row.cells.some((cell) => normalizeLabel(cell) === normalizeLabel(first)));
  const header = rows[headerIndex];
  if (!header) {
    throw new BlsParseError({ file, line: rows[0]?.line ?? 1, expected: `a tab-separated header row with an "${first}" column`, found: (rows[0]?.cells ?? []).join('\t') || 'an empty file' });
  }
  const at = mapColumns(header, file, columns, keys);
  const skipped: SkippedRow[] = rows.slice(0, headerIndex).map((row) => ({ line: row.line, reason: isBlankRow(row.cells) ? 'blank' : 'title' }));
  skipped.push({ line: header.line, reason: 'header' });
  const records: T[] = [];
  const width = header.cells.length;
  const shared: SharedValues = { code: null, texts: new Map() };
  for (const row of rows.slice(headerIndex + 1)) {
    if (isBlankRow(row.cells)) {
      skipped.push({ line: row.line, reason: 'blank' });
      continue;
    }
    if (row.cells.length !== width) {
      const extra = row.cells.length > width;
      throw new BlsParseError({
        file, line: row.line, column: Math.min(row.cells.length, width) + 1,
        expected: `${width} tab-separated cells, as in the header`,
        found: extra ? `an extra cell, ${JSON.stringify(row.cells[width])}` : `no cell (the row has ${row.cells.length})`,
      });
    }
    records.push(toRecord(new OnetRow(row, file, at, known, shared)));
  }
  return { file, records, skipped, totalRows: rows.length };
}

function mapColumns<K extends string>(header: CsvRow, file: string, columns: OnetColumns<K>, keys: K[]): Record<K, number> {
  const found: Partial<Record<K, number>> = {};
  header.cells.forEach((cell, index) => {
    const key = keys.find((k) => normalizeLabel(columns[k]) === normalizeLabel(cell));
    if (!key || found[key] !== undefined) {
      throw new BlsParseError({ file, line: header.line, column: index + 1, expected: `one each of ${keys.map((k) => columns[k]).join(', ')}`, found: cell });
    }
    found[key] = index;
  });
  const at = {} as Record<K, number>;
  for (const key of keys) {
    const index = found[key];
    if (index === undefined) {
      throw new BlsParseError({ file, line: header.line, expected: `a column named "${columns[key]}"`, found: header.cells.join('\t') });
    }
    at[key] = index;
  }
  return at;
}

/**
 * Values many rows repeat, kept once per table: O*NET files list an occupation's rows together,
 * so the last code read is the next row's code; labels such as "Required Level of Education"
 * recur thousands of times. A 180,000-row load keeps one string for each instead of one per row.
 */
interface SharedValues {
  code: OnetCode | null;
  texts: Map<string, string>;
}

/** One data row of an O*NET table, read cell by cell by column key. */
export class OnetRow<K extends string> {
  constructor(
    private readonly row: CsvRow,
    private readonly file: string,
    private readonly at: Record<K, number>,
    private readonly known: KnownOnetCodes | undefined,
    private readonly shared: SharedValues = { code: null, texts: new Map() },
  ) {}

  get source(): SourceRef {
    return { file: this.file, line: this.row.line };
  }

  /** The cell as published, trimmed. */
  raw(key: K): string {
    return (this.row.cells[this.at[key]] ?? '').trim();
  }

  /** An O*NET-SOC code; with `known`, one listed in occupation_data.txt. */
  code(key: K): OnetCode {
    const onetCode = this.raw(key);
    const last = this.shared.code;
    if (last?.onetCode === onetCode) return last;
    const socCode = ONET_CODE.exec(onetCode)?.[1];
    if (!socCode) throw this.error(key, 'an O*NET-SOC code like 29-2072.00');
    if (this.known && !this.known.codes.has(onetCode)) throw this.error(key, `an O*NET-SOC code listed in ${this.known.file}`);
    this.shared.code = { onetCode, socCode };
    return this.shared.code;
  }

  /** An occupation title, with white space tidied as for BLS titles. */
  title(key: K): string {
    const title = cleanTitle(this.raw(key));
    if (title === '' || title === ONET_MISSING) throw this.error(key, 'an occupation title');
    return title;
  }

  /** Text that must be there. */
  text(key: K, expected: string): string {
    const text = this.raw(key);
    if (text === '' || text === ONET_MISSING) throw this.error(key, expected);
    return text;
  }

  /** Text that must be there and that many rows repeat (a label, a product name): kept once per table. */
  repeatedText(key: K, expected: string): string {
    const text = this.text(key, expected);
    let kept = this.shared.texts.get(text);
    if (kept === undefined) {
      // A copy, not V8's slice of the file's text, which would keep the whole file in memory.
      kept = JSON.parse(JSON.stringify(text)) as string;
      this.shared.texts.set(kept, kept);
    }
    return kept;
  }

  /** Text, or null for `n/a`. */
  optionalText(key: K, expected: string): string | null {
    const text = this.raw(key);
    if (text === ONET_MISSING) return null;
    if (text === '') throw this.error(key, `${expected} or n/a`);
    return text;
  }

  /** One of a fixed list of values. */
  oneOf<V extends string>(key: K, values: readonly V[], expected: string): V {
    const raw = this.raw(key);
    const value = values.find((v) => v === raw);
    if (value === undefined) throw this.error(key, expected);
    return value;
  }

  /** One of a fixed list of values, or null for `n/a`. */
  optionalOneOf<V extends string>(key: K, values: readonly V[], expected: string): V | null {
    return this.raw(key) === ONET_MISSING ? null : this.oneOf(key, values, `${expected} or n/a`);
  }

  /** A whole number from `min` to `max`. */
  whole(key: K, expected: string, min = 0, max = Number.MAX_SAFE_INTEGER): number {
    const raw = this.raw(key);
    const value = Number(raw);
    if (!/^\d+$/.test(raw) || value < min || value > max) throw this.error(key, expected);
    return value;
  }

  /** A whole number, or null for `n/a`. */
  optionalWhole(key: K, expected: string, min = 0, max = Number.MAX_SAFE_INTEGER): number | null {
    return this.raw(key) === ONET_MISSING ? null : this.whole(key, `${expected} or n/a`, min, max);
  }

  /** A decimal number as O*NET writes it (`55.92`, `0.00`). */
  decimal(key: K, expected: string): number {
    const raw = this.raw(key);
    if (!/^-?\d+(\.\d+)?$/.test(raw)) throw this.error(key, expected);
    return Number(raw);
  }

  /** O*NET's `Y`/`N` flags. */
  flag(key: K, expected: string): boolean {
    const raw = this.raw(key);
    if (raw !== 'Y' && raw !== 'N') throw this.error(key, `${expected} (Y or N)`);
    return raw === 'Y';
  }

  /** A `Y`/`N` flag, or null for `n/a`. */
  optionalFlag(key: K, expected: string): boolean | null {
    const raw = this.raw(key);
    if (raw === ONET_MISSING) return null;
    if (raw !== 'Y' && raw !== 'N') throw this.error(key, `${expected} (Y, N or n/a)`);
    return raw === 'Y';
  }

  /** A BlsParseError at this row's cell under `key`. */
  error(key: K, expected: string): BlsParseError {
    const column = this.at[key];
    const found = this.row.cells[column] ?? `no cell (the row has ${this.row.cells.length})`;
    return new BlsParseError({ file: this.file, line: this.row.line, column: column + 1, expected, found });
  }
}
