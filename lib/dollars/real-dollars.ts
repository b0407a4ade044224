import type { CpiAnnualSeries } from '../bls/cpi';
import type { WageDistribution } from '../bls/oews';
import type { Estimate, SourceRef } from '../bls/types';
import type { Dataset } from '../data/assemble';
import { roundToCents } from '../tables/estimates';
import { findWageEstimate, latestWageRelease } from '../data/occupations';
import { z } from 'zod';
import { matching, single } from '../http/query';

/**
 * Wages in constant dollars: a May wage of year Y in dollars of year B is
 * wage × CPI(B) / CPI(Y), with CPI-U annual averages (BLS series CUUR0000SA0), the usual
 * deflator for OEWS May estimates. A year without a published annual average gives a typed
 * `no-cpi` result, never an estimate from the months or a neighbouring year.
 */

export type Dollars = { kind: 'nominal' } | { kind: 'constant'; baseYear: number };

export interface NoCpi {
  kind: 'no-cpi';
  /** The year whose CPI-U annual average is not in the data. */
  year: number;
  message: string;
}

export interface CpiFactor {
  kind: 'factor';
  /** CPI(to) / CPI(from). */
  factor: number;
  cpiFrom: { year: number; annualAverage: number; source: SourceRef };
  cpiTo: { year: number; annualAverage: number; source: SourceRef };
}

/** The multiplier from dollars of `fromYear` to dollars of `toYear`. */
export function cpiFactor(cpi: CpiAnnualSeries | null, fromYear: number, toYear: number): CpiFactor | NoCpi {
  const at = (year: number) => cpi?.records.find((r) => r.year === year) ?? null;
  const from = at(fromYear);
  const to = at(toYear);
  for (const [year, found] of [[fromYear, from], [toYear, to]] as const) {
    if (!found) return noCpi(cpi, year);
  }
  return { kind: 'factor', factor: to!.annualAverage / from!.annualAverage, cpiFrom: from!, cpiTo: to! };
}

export type ConstantDollars = { kind: 'value'; value: number; factor: number } | NoCpi;

/** A wage of May `wageYear` in dollars of `baseYear`, at full precision (round only to display). */
export function toConstantDollars(wage: number, wageYear: number, baseYear: number, cpi: CpiAnnualSeries | null): ConstantDollars {
  const f = cpiFactor(cpi, wageYear, baseYear);
  return f.kind === 'factor' ? { kind: 'value', value: wage * f.factor, factor: f.factor } : f;
}

/**
 * A published estimate in the chosen dollars: a value is scaled, a top code (a lower bound)
 * is scaled and stays a lower bound, a missing value stays missing with its reason. A
 * converted figure is rounded to the cent: finer digits would claim a precision no BLS
 * estimate has, and tables, CSV cells and flags then all read the same number.
 */
export function convertEstimate(estimate: Estimate, wageYear: number, dollars: Dollars, cpi: CpiAnnualSeries | null): { kind: 'estimate'; estimate: Estimate } | NoCpi {
  if (dollars.kind === 'nominal' || estimate.kind === 'missing') return { kind: 'estimate', estimate };
  if (estimate.kind === 'top-coded' && estimate.atLeast === null) return { kind: 'estimate', estimate };
  const f = cpiFactor(cpi, wageYear, dollars.baseYear);
  if (f.kind === 'no-cpi') return f;
  if (estimate.kind === 'value') return { kind: 'estimate', estimate: { kind: 'value', value: roundToCents(estimate.value * f.factor) } };
  return { kind: 'estimate', estimate: { kind: 'top-coded', atLeast: roundToCents(estimate.atLeast! * f.factor) } };
}

/**
 * The dollars a wage-over-time chart (a profile's wage history, the comparison's wage trend)
 * is drawn in when the URL names none: dollars of the latest OEWS release. Its table, and
 * every other table, label and CSV, shows the wages as BLS published them; the constant-dollar
 * columns sit beside the published ones.
 */
export function defaultDollars(dataset: Dataset): Dollars {
  return { kind: 'constant', baseYear: latestWageRelease(dataset).year };
}

/** "constant 2024 dollars (CPI-U)" or "nominal dollars": the words beside every figure. */
export function dollarsLabel(dollars: Dollars): string {
  return dollars.kind === 'nominal' ? 'nominal dollars' : `constant ${dollars.baseYear} dollars (CPI-U)`;
}

/** A wage as written, with its dollars where they are not the year's own: "$54,016 in constant 2024 dollars (CPI-U)". */
export function inDollars(text: string, dollars: Dollars): string {
  return dollars.kind === 'nominal' ? text : `${text} in ${dollarsLabel(dollars)}`;
}

/** The unit part of a column key: "2024_dollars" or "nominal". */
export function dollarsKey(dollars: Dollars): string {
  return dollars.kind === 'nominal' ? 'nominal' : `${dollars.baseYear}_dollars`;
}

/** "median_annual_wage_usd_2024_dollars", "median_annual_wage_usd_nominal". */
export function wageColumnKey(measure: keyof WageDistribution, basis: 'annual' | 'hourly', dollars: Dollars): string {
  return `${measure}_${basis}_wage_usd_${dollarsKey(dollars)}`;
}

/**
 * The dollars of a wage-over-time table in a file name: `nominal` (as published), or
 * `nominal-and-2024-dollars` where the published columns have constant-dollar twins.
 */
export function tableDollarsTag(dollars: Dollars): string {
  return dollars.kind === 'nominal' ? 'nominal' : `nominal-and-${dollars.baseYear}-dollars`;
}

/** The URL value: `nominal` or the base year (`2024`). */
export function dollarsParam(dollars: Dollars): string {
  return dollars.kind === 'nominal' ? 'nominal' : String(dollars.baseYear);
}

/**
 * The `dollars` parameter wherever wages are shown: nominal (as published), constant (the
 * default base), or a base year. Whether that year has a CPI-U average is parseDollars' check.
 */
export const DOLLARS_PARAM = single(
  z.string().toLowerCase().pipe(matching(/^(nominal|constant|\d{4})$/, 'is not a choice of dollars (expected nominal or a base year such as 2024).')),
);

/**
 * Reads `?dollars=`: `nominal`, `constant` (the default base) or a base year with a CPI-U
 * annual average. Anything else falls back to the default with a notice.
 */
export function parseDollars(raw: string | null | undefined, dataset: Dataset): { dollars: Dollars; notice: string | null } {
  const fallback = defaultDollars(dataset);
  const value = (raw ?? '').trim().toLowerCase();
  if (value === '' || value === 'constant') return { dollars: fallback, notice: null };
  if (value === 'nominal') return { dollars: { kind: 'nominal' }, notice: null };
  if (/^\d{4}$/.test(value)) {
    const year = Number(value);
    if (dataset.cpi?.records.some((r) => r.year === year)) return { dollars: { kind: 'constant', baseYear: year }, notice: null };
    return { dollars: fallback, notice: `${noCpi(dataset.cpi, year).message} Showing ${dollarsLabel(fallback)}.` };
  }
  return { dollars: fallback, notice: `"${value.slice(0, 40)}" is not a choice of dollars (expected nominal or a year such as ${dollarsParam(fallback)}); showing ${dollarsLabel(fallback)}.` };
}

export type WagePoint =
  | { year: number; release: string; status: 'ok'; estimate: Estimate; nominal: Estimate; source: SourceRef }
  | { year: number; release: string; status: 'not-in-release' }
  | { year: number; release: string; status: 'no-cpi'; nominal: Estimate; source: SourceRef; message: string };

export interface WageSeries {
  socCode: string;
  measure: keyof WageDistribution;
  basis: 'annual' | 'hourly';
  dollars: Dollars;
  /** dollarsLabel(dollars), for axis titles, legends and table captions. */
  label: string;
  /** The CSV column of these values. */
  columnKey: string;
  points: WagePoint[];
}

/** One code's wage in every OEWS release, in the chosen dollars. The code is followed as published, across no SOC change. */
export function wageSeries(dataset: Dataset, socCode: string, dollars: Dollars, measure: keyof WageDistribution = 'median', basis: 'annual' | 'hourly' = 'annual'): WageSeries {
  const points = dataset.wageReleases.map((r): WagePoint => {
    const row = findWageEstimate(r, socCode);
    if (!row) return { year: r.year, release: r.release, status: 'not-in-release' };
    const nominal = row[basis][measure];
    const converted = convertEstimate(nominal, r.year, dollars, dataset.cpi);
    return converted.kind === 'no-cpi'
      ? { year: r.year, release: r.release, status: 'no-cpi', nominal, source: row.source, message: converted.message }
      : { year: r.year, release: r.release, status: 'ok', estimate: converted.estimate, nominal, source: row.source };
  });
  return { socCode, measure, basis, dollars, label: dollarsLabel(dollars), columnKey: wageColumnKey(measure, basis, dollars), points };
}

export interface RealChange {
  kind: 'change';
  nominalChangePct: number;
  /** The change after prices: above 0, pay rose faster than prices. */
  realChangePct: number;
  keptUp: boolean;
  /** The earlier wage in dollars of the later year. */
  earlierInLaterDollars: number;
}

/** Whether pay kept up with prices between two May wages (years in either order). */
export function realChange(cpi: CpiAnnualSeries | null, earlier: { year: number; wage: number }, later: { year: number; wage: number }): RealChange | NoCpi {
  const f = cpiFactor(cpi, earlier.year, later.year);
  if (f.kind === 'no-cpi') return f;
  const adjusted = earlier.wage * f.factor;
  const realChangePct = (later.wage / adjusted - 1) * 100;
  return { kind: 'change', nominalChangePct: (later.wage / earlier.wage - 1) * 100, realChangePct, keptUp: realChangePct >= 0, earlierInLaterDollars: adjusted };
}

function noCpi(cpi: CpiAnnualSeries | null, year: number): NoCpi {
  if (!cpi) return { kind: 'no-cpi', year, message: 'The CPI-U file is not in the data, so wages cannot be converted to constant dollars.' };
  const why = cpi.yearsWithoutAnnual.includes(year) ? 'BLS has not published its annual average yet' : 'the CPI-U file has no row for it';
  return { kind: 'no-cpi', year, message: `There is no CPI-U annual average for ${year} (${why}).` };
}

/** The dollars as a URL value, or null for the default (constant dollars of the latest release, for the wage-over-time charts), which links leave out. */
export function dollarsQuery(dollars: Dollars, dataset: Dataset): string | null {
  // Two Dollars are the same exactly when their URL values are.
  return dollarsParam(dollars) === dollarsParam(defaultDollars(dataset)) ? null : dollarsParam(dollars);
}

/** What the dollars menu offers: constant dollars of each OEWS release year with a CPI-U average, newest first, then nominal. */
export function dollarChoices(dataset: Dataset): { value: string; label: string }[] {
  const years = dataset.wageReleases.map((r) => r.year).filter((y) => dataset.cpi?.records.some((c) => c.year === y)).reverse();
  return [...years.map((y) => ({ value: String(y), label: `${y} dollars (CPI-U)` })), { value: 'nominal', label: 'nominal dollars' }];
}

/** An estimate of May `year` in the chosen dollars; null where the CPI-U for a year is missing (drawn as a gap, flagged in tables). */
export function estimateIn(estimate: Estimate, year: number, dollars: Dollars, cpi: CpiAnnualSeries | null): Estimate | null {
  const converted = convertEstimate(estimate, year, dollars, cpi);
  return converted.kind === 'estimate' ? converted.estimate : null;
}

export const NOMINAL: Dollars = { kind: 'nominal' };
