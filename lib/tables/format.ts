import { format } from 'date-fns';

/** The kinds of figure the app shows: a chart axis, a table column and a CSV cell each carry one. */
export type ValueFormat = 'usd' | 'percent' | 'thousands';

/**
 * The one place numbers become text. Every formatter rounds through roundHalfAwayFromZero
 * first, so a figure reads the same on a page, in a chart and in an "about" page.
 * Rounding first also keeps a value that rounds to zero from reading "-0".
 */
const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
const usdCents = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 2 });
const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const fixed = new Map<number, Intl.NumberFormat>();

/** Significant digits kept before rounding: drops binary noise (-25.449999999999996 -> -25.45). */
const DECIMAL_DIGITS = 12;

/**
 * The app's one rounding rule: half away from zero, on the decimal value as BLS published it
 * (or as computed, less binary noise), not on its binary float: 14.95 -> 15.0, 20.65 -> 20.7,
 * -2.05 -> -2.1, -25.45 -> -25.5. `0.1 + 0.2` rounds as 0.3 would. Never returns -0.
 */
export function roundHalfAwayFromZero(value: number, digits: number): number {
  if (!Number.isFinite(value)) return value;
  const decimal = Number(value.toPrecision(DECIMAL_DIGITS));
  // Shift the decimal point in the decimal text, not by multiplying the float (1.005 * 100 = 100.49999…).
  const scaled = shift(decimal, digits);
  const rounded = Math.sign(scaled) * Math.round(Math.abs(scaled));
  const result = shift(rounded, -digits);
  return result === 0 ? 0 : result;
}

function shift(value: number, places: number): number {
  const [mantissa, exponent = '0'] = value.toExponential().split('e');
  return Number(`${mantissa}e${Number(exponent) + places}`);
}

function fixedDigits(digits: number): Intl.NumberFormat {
  let f = fixed.get(digits);
  if (!f) {
    f = new Intl.NumberFormat('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
    fixed.set(digits, f);
  }
  return f;
}

export function formatUsd(value: number): string {
  return usd.format(roundHalfAwayFromZero(value, 0));
}

export function formatHourlyUsd(value: number): string {
  return usdCents.format(roundHalfAwayFromZero(value, 2));
}

/** 20.33 -> "20.3%"; signs are kept for declines. */
export function formatPercent(value: number, digits = 1): string {
  return `${fixedDigits(digits).format(roundHalfAwayFromZero(value, digits))}%`;
}

/** EP employment is published in thousands: 172.5 -> "172,500". */
export function formatThousandsAsCount(thousands: number): string {
  return integer.format(roundHalfAwayFromZero(thousands * 1000, 0));
}

/** Errors and changes with their sign: "+4.1%", "-3.7%", "0.0%". */
export function formatSignedPercent(value: number, digits = 1): string {
  return `${roundHalfAwayFromZero(value, digits) > 0 ? '+' : ''}${formatPercent(value, digits)}`;
}

/** EP thousands as signed jobs: 62.3 -> "+62,300", -7.9 -> "-7,900". */
export function formatSignedThousandsAsCount(thousands: number): string {
  return `${roundHalfAwayFromZero(thousands * 1000, 0) > 0 ? '+' : ''}${formatThousandsAsCount(thousands)}`;
}

export function formatCount(value: number): string {
  return integer.format(roundHalfAwayFromZero(value, 0));
}

export function formatOneDecimal(value: number): string {
  return fixedDigits(1).format(roundHalfAwayFromZero(value, 1));
}

export function formatValue(value: number, kind: ValueFormat): string {
  if (kind === 'usd') return formatUsd(value);
  if (kind === 'percent') return formatPercent(value);
  return formatThousandsAsCount(value);
}

/**
 * Short axis ticks: $45k, 12%, 150k, 1.5M. Given the axis's step and its largest tick, every
 * tick of an axis is written in the same unit with the decimals the step needs ($2.5k, 0.5%).
 * A tick is rounded before it is written, so none reads "-0".
 */
export function formatTick(value: number, kind: ValueFormat, axis?: { step: number; biggest: number }): string {
  const biggest = axis?.biggest ?? Math.abs(value);
  const scaled = (divisor: number, fallbackDigits = 0) => {
    const digits = axis ? decimalsOf(axis.step / divisor) : fallbackDigits;
    const text = fixedDigits(digits).format(roundHalfAwayFromZero(value / divisor, digits));
    return text === '-0' ? '0' : text;
  };
  if (roundHalfAwayFromZero(value, 6) === 0) return kind === 'usd' ? '$0' : kind === 'percent' ? '0%' : '0';
  if (kind === 'usd') return biggest >= 1000 ? `${sign(value)}$${scaled(1000).replace('-', '')}k` : `${sign(value)}$${scaled(1).replace('-', '')}`;
  if (kind === 'percent') return `${scaled(1)}%`;
  return biggest >= 1000 ? `${scaled(1000, 1)}M` : `${scaled(1)}k`;
}

function sign(value: number): string {
  return roundHalfAwayFromZero(value, 6) < 0 ? '-' : '';
}

/** Decimals a round step needs: 5 -> 0, 0.5 -> 1, 0.25 -> 2. */
function decimalsOf(step: number): number {
  for (let digits = 0; digits < 6; digits++) if (Math.abs(roundHalfAwayFromZero(step, digits) - step) < 1e-9) return digits;
  return 6;
}

/** OEWS estimates are for May of the reference year. */
export function formatOewsPeriod(year: number): string {
  return format(new Date(year, 4, 1), 'MMMM yyyy');
}

/** EP: "2008 to 2018". */
export function formatProjectionPeriod(baseYear: number, targetYear: number): string {
  return `${format(new Date(baseYear, 0, 1), 'yyyy')} to ${format(new Date(targetYear, 0, 1), 'yyyy')}`;
}

/** A download's date stamp: 2026-11-29. */
export function formatIsoDate(date: Date): string {
  return format(date, 'yyyy-MM-dd');
}
