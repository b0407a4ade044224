import { BlsParseError } from './errors';
import type { Estimate } from './types';

/** A SOC or OEWS/EP code as published: two digits, a hyphen, four digits (e.g. 29-2071). */
export const SOC_CODE = /^\d{2}-\d{4}$/;

/** Hyphen, minus and dash variants that the BLS workbooks use interchangeably. */
const DASHES = /[\u2010-\u2015\u2212]/g;

/** Header text reduced to its words: lower case, one kind of dash, single spaces. */
export function normalizeLabel(raw: string): string {
  return raw.replace(DASHES, '-').replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * A title as a person should read it: trimmed, single-spaced, without the crosswalk and
 * hybrid markers BLS appends (`*`, `(#)`, `(##)`), and without the leading spaces that
 * show the hierarchy in EP tables from 2022-32.
 */
export function cleanTitle(raw: string): string {
  return raw
    .replace(/\s*\(#+\)\s*$/, '')
    .replace(/\*+\s*$/, '')
    // The same BLS asterisk before a closing note: "Transportation Security Screeners* (federal only)", May 2010–2011.
    .replace(/\*+(?=\s*\([^()]*\)\s*$)/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const MISSING_MARKERS: Record<string, Extract<Estimate, { kind: 'missing' }>['reason']> = {
  '*': 'wage-not-available',
  '**': 'employment-not-available',
  '~': 'low-reporting',
  '-': 'not-published',
  'n/a': 'not-published',
};

const TOP_CODED = /^(?:>=?|≥)\s*\$?\s*([\d,]+(?:\.\d+)?)$/;
const NUMBER = /^-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

export interface CellContext {
  file: string;
  line: number;
  column: number;
  /** What the column holds, for the error message (e.g. "annual median wage"). */
  field: string;
  /** OEWS `#`: the top code of this release for this kind of wage, if the data states it. */
  topCode?: number | null;
}

/**
 * Reads one published cell. Padding, thousands separators and dash variants are accepted;
 * markers become `missing` or `top-coded`; anything else stops the load with the cell's place.
 */
export function parseEstimate(raw: string, ctx: CellContext): Estimate {
  const cell = raw.replace(DASHES, '-').replace(/\u00a0/g, ' ').trim();
  if (cell === '') return { kind: 'missing', reason: 'blank', marker: '' };
  const reason = MISSING_MARKERS[cell.toLowerCase()];
  if (reason) return { kind: 'missing', reason, marker: raw.trim() };
  if (cell === '#') {
    if (ctx.topCode === undefined) throw cellError(raw, ctx);
    return { kind: 'top-coded', atLeast: ctx.topCode };
  }
  const top = TOP_CODED.exec(cell);
  if (top?.[1]) return { kind: 'top-coded', atLeast: toNumber(top[1]) };
  if (NUMBER.test(cell)) return { kind: 'value', value: toNumber(cell) };
  throw cellError(raw, ctx);
}

function toNumber(text: string): number {
  return Number(text.replace(/,/g, ''));
}

function cellError(raw: string, ctx: CellContext): BlsParseError {
  return new BlsParseError({
    file: ctx.file,
    line: ctx.line,
    column: ctx.column,
    expected: `a number or a BLS marker (*, **, #, ~, -, N/A) for ${ctx.field}`,
    found: raw,
  });
}

/** The number inside an estimate, or null when there is none (missing or top-coded). */
export function valueOf(estimate: Estimate): number | null {
  return estimate.kind === 'value' ? estimate.value : null;
}
