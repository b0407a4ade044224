/** Shapes shared by every BLS reader. Raw rows never leave lib/bls; these do. */

/** Why a published cell holds no number. Never turned into 0. */
export type MissingReason =
  /** `*` in OEWS: no wage estimate is available. */
  | 'wage-not-available'
  /** `**` in OEWS: no employment estimate is available. */
  | 'employment-not-available'
  /** `-`, `—`, `N/A` in EP tables: BLS publishes no value for this row. */
  | 'not-published'
  /** `~` in OEWS: fewer than 0.5% of establishments report the occupation. */
  | 'low-reporting'
  /** The cell is empty. */
  | 'blank';

/**
 * One published figure. `top-coded` means the true value is at or above `atLeast`
 * (OEWS `#`, EP `>= $239,200`); `atLeast` is null where the release does not state its top code.
 */
export type Estimate =
  | { kind: 'value'; value: number }
  | { kind: 'top-coded'; atLeast: number | null }
  | { kind: 'missing'; reason: MissingReason; marker: string };

/** Where a record came from: the file under data/ and the 1-based line of its row. */
export interface SourceRef {
  file: string;
  line: number;
}

/** Why a row of a file was not loaded as a record. */
export type SkipReason =
  | 'title'
  | 'header'
  | 'footnote'
  | 'blank'
  /** CPI: a year whose annual average BLS has not published yet. */
  | 'incomplete-year';

/** Every row of a file is either a record or one of these: the conservation tests count both. */
export interface SkippedRow {
  line: number;
  reason: SkipReason;
}

export interface ParseResult<T> {
  file: string;
  records: T[];
  skipped: SkippedRow[];
  /** Rows in the file as papaparse split it (records + skipped). */
  totalRows: number;
}
