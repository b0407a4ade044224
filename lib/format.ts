import { format } from 'date-fns';
import type { ValueFormat } from './charts/spec';

/** The one place numbers become text. */
const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
const usdCents = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 2 });
const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

export function formatUsd(value: number): string {
  return usd.format(value);
}

export function formatHourlyUsd(value: number): string {
  return usdCents.format(value);
}

/** 20.33 -> "20.3%"; signs are kept for declines. */
export function formatPercent(value: number, digits = 1): string {
  return `${value.toFixed(digits)}%`;
}

/** EP employment is published in thousands: 172.5 -> "172,500". */
export function formatThousandsAsCount(thousands: number): string {
  return integer.format(Math.round(thousands * 1000));
}

/** Errors and changes with their sign: "+4.1%", "-3.7%", "0.0%". */
export function formatSignedPercent(value: number, digits = 1): string {
  return `${value > 0 && value.toFixed(digits) !== (0).toFixed(digits) ? '+' : ''}${formatPercent(value, digits)}`;
}

/** EP thousands as signed jobs: 62.3 -> "+62,300", -7.9 -> "-7,900". */
export function formatSignedThousandsAsCount(thousands: number): string {
  return `${thousands > 0 ? '+' : ''}${formatThousandsAsCount(thousands)}`;
}

export function formatCount(value: number): string {
  return integer.format(value);
}

export function formatOneDecimal(value: number): string {
  return oneDecimal.format(value);
}

export function formatValue(value: number, kind: ValueFormat): string {
  if (kind === 'usd') return formatUsd(value);
  if (kind === 'percent') return formatPercent(value);
  return formatThousandsAsCount(value);
}

/** Short axis ticks: $45k, 12%, 150k. */
export function formatTick(value: number, kind: ValueFormat): string {
  if (kind === 'usd') return value >= 1000 ? `$${integer.format(value / 1000)}k` : `$${integer.format(value)}`;
  if (kind === 'percent') return `${integer.format(value)}%`;
  return value >= 1000 ? `${oneDecimal.format(value / 1000)}M` : `${integer.format(value)}k`;
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
