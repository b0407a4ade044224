import type { Estimate, MissingReason } from '../bls/types';
import { formatValue, roundHalfAwayFromZero, type ValueFormat } from './format';

const REASONS: Record<MissingReason, string> = {
  'wage-not-available': 'BLS publishes no wage estimate',
  'employment-not-available': 'BLS publishes no employment estimate',
  'not-published': 'not published by BLS',
  'low-reporting': 'too few establishments report it',
  blank: 'no value in the BLS table',
};

/** Why a value is missing, in words, e.g. "BLS publishes no wage estimate (*)". */
export function describeMissing(estimate: Extract<Estimate, { kind: 'missing' }>): string {
  const marker = estimate.marker ? ` (${estimate.marker})` : '';
  return `${REASONS[estimate.reason]}${marker}`;
}

/**
 * An estimate as it reads in a table or a bar label: "$30,610", "≥ $239,200", "Not available: …".
 * `format` is a chart format, or a formatter for figures charts do not draw (hourly wages, counts).
 */
export function displayEstimate(estimate: Estimate | null, format: ValueFormat | ((value: number) => string)): string {
  const show = typeof format === 'function' ? format : (value: number) => formatValue(value, format);
  if (!estimate) return 'Not in this release';
  if (estimate.kind === 'value') return show(estimate.value);
  if (estimate.kind === 'top-coded') return estimate.atLeast != null ? `≥ ${show(estimate.atLeast)}` : '≥ top code (amount not stated in this release)';
  return `Not available: ${describeMissing(estimate)}`;
}

/**
 * Why a CSV value cell is empty, for its `<column>_flag` cell: "top-coded >= 239200",
 * "not available (*)", "not in this release". Null for a published value. The marker is kept as
 * BLS printed it (`*`, `**`, `—`, `N/A`); the about page explains each.
 */
export function estimateFlag(estimate: Estimate | null, absent = 'not in this release'): string | null {
  if (!estimate) return absent;
  if (estimate.kind === 'value') return null;
  if (estimate.kind === 'top-coded') return estimate.atLeast != null ? `top-coded >= ${estimate.atLeast}` : 'top-coded (top code not stated in this release)';
  return `not available (${estimate.marker || 'blank'})`;
}

/** The number itself; null for a missing or top-coded cell (sums and changes need the number). */
export function valueOf(estimate: Estimate | null): number | null {
  return estimate?.kind === 'value' ? estimate.value : null;
}

/** The length to draw: the value, or the top code for a top-coded wage; null draws nothing. */
export function drawnValue(estimate: Estimate | null): number | null {
  if (!estimate) return null;
  if (estimate.kind === 'value') return estimate.value;
  if (estimate.kind === 'top-coded') return estimate.atLeast;
  return null;
}

/**
 * A computed dollar figure (a wage converted with CPI-U) to the cent: its CSV cell and its
 * top-code flag read `34069.7` and `top-coded >= 255214.26`, not `34069.70243938443`.
 */
export function roundToCents(value: number): number {
  return roundHalfAwayFromZero(value, 2);
}

export function isTopCoded(estimate: Estimate | null): boolean {
  return estimate?.kind === 'top-coded';
}
