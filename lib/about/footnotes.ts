import type { ProjectionVintage, WageRelease } from '../data/assemble';
import { formatHourlyUsd, formatUsd } from '../tables/format';
import type { Dollars } from '../dollars/real-dollars';
import type { DataTable } from '../tables/table';
import { FLAG_SUFFIX } from '../tables/table-csv';

/**
 * The footnotes an "about this data" page states: what the BLS markers and our flags mean,
 * the units, and where EP and OEWS differ. Each is a sentence a reader can act on.
 */

/** How every CSV here is written. */
export const CSV_FORMAT_NOTES = [
  'Values are at the full precision of the BLS file; the page rounds them for reading (20.33 in the file is 20.3% on the page, 172.5 thousand is 172,500 jobs).',
  `An empty value cell has its reason in the column after it, named like the value column with "${FLAG_SUFFIX}" added; the flag is empty where a value is published.`,
  'UTF-8 with a byte-order mark (so Excel reads it as UTF-8), comma-separated, quoted per RFC 4180, lines ending CRLF, one header row of column names that carry their units.',
  'Text that starts with =, +, -, @, a tab or a carriage return is prefixed with an apostrophe so that a spreadsheet shows it instead of running it as a formula; numbers, negative ones included, are written as numbers.',
];

const MARKERS: Record<string, string> = {
  '*': 'BLS publishes no wage estimate for this occupation (OEWS marker *). Where BLS publishes only hourly wages (e.g. actors, musicians) the annual wages are marked so, and the other way round for occupations paid by the year (e.g. teachers, pilots).',
  '**': 'BLS publishes no employment estimate for this occupation (OEWS marker **).',
  '~': 'fewer than 0.5% of establishments report this occupation, so BLS publishes no estimate (OEWS marker ~).',
  '-': 'BLS publishes no value in this cell (a dash in the BLS table); summary rows of EP tables, for example, carry no worker characteristics.',
  '—': 'BLS publishes no value in this cell (an em dash in the BLS table); summary rows of EP tables, for example, carry no worker characteristics.',
  'N/A': 'BLS publishes no value in this cell (N/A in the BLS table).',
  blank: 'the cell is empty in the BLS table.',
};

/** One sentence per flag that occurs in the table, so the page explains what the file holds. */
export function flagNotes(table: DataTable): string[] {
  const flags = [...new Set(table.rows.flatMap((row) => row.map((cell) => cell.flag ?? null)).filter((f): f is string => f != null))].sort();
  return flags.map((flag) => `"${flag}": ${explainFlag(flag)}`);
}

function explainFlag(flag: string): string {
  const top = /^top-coded >= ([\d.]+)$/.exec(flag);
  if (top?.[1]) {
    const value = Number(top[1]);
    const shown = value >= 1000 ? `${formatUsd(value)} a year` : `${formatHourlyUsd(value)} an hour`;
    return `the wage is at or above ${shown}, the top code of its release; BLS does not publish higher values (OEWS marks them #, EP tables ">= $…"). Pages show it as "≥ ${value >= 1000 ? formatUsd(value) : formatHourlyUsd(value)}".`;
  }
  if (flag.startsWith('top-coded')) return 'the BLS file marks the wage # (at or above the release\'s top code), but the files of that release shipped here do not state the top code.';
  const marker = /^not available \((.+)\)$/.exec(flag)?.[1];
  if (marker) return MARKERS[marker] ?? `BLS marks the cell "${marker}": no value is published.`;
  const hourly = /^hourly wage only \(annual (.+)\)$/.exec(flag)?.[1];
  if (hourly) return `BLS publishes only an hourly wage for this occupation (its file marks HOURLY TRUE and the annual wage "${hourly}"); the page shows the hourly median instead ("Hourly wage only: $… an hour").`;
  if (flag === 'not in this release') return 'the occupation code is not in the chosen OEWS release or EP vintage (BLS codes change between SOC revisions).';
  return 'the vintage\'s tables have no value for this occupation in this column.';
}

/** What "top-coded" means in these releases, with each release's top code where the data states it. */
export function topCodeNote(releases: readonly WageRelease[]): string {
  const stated = releases.filter((r) => r.topCodes.annual != null);
  const missing = releases.filter((r) => r.topCodes.annual == null).map((r) => r.release);
  const codes = stated.map((r) => `${r.release} ${formatUsd(r.topCodes.annual!)} a year${r.topCodes.hourly != null ? ` (${formatHourlyUsd(r.topCodes.hourly)} an hour)` : ''}`);
  return [
    'Top-coded: OEWS does not publish wages at or above a top code; such a wage is marked # in the BLS file, shown as "≥ top code" on the page, and written as an empty value flagged "top-coded >= <top code>" in the CSV.',
    codes.length ? `Top codes: ${codes.join('; ')}.` : '',
    missing.length ? `The files shipped here do not state the top code of ${missing.join(', ')}.` : '',
  ].filter(Boolean).join(' ');
}

export const OEWS_NOTES = {
  employment: 'OEWS employment is a count of jobs held by wage and salary workers, rounded by BLS to the nearest 10; it excludes the self-employed (BLS field description), so it differs from EP employment for the same occupation.',
  wages: 'Wages are nominal U.S. dollars of the reference period, not adjusted for inflation. BLS annualises hourly wages at 2,080 hours a year where it publishes both.',
  rse: 'RSE: percent relative standard error, BLS\'s measure of sampling error; a lower RSE means a more precise estimate.',
  levels: 'Level is the SOC level of the row (total, major, minor, broad, detailed); an occupation that OEWS publishes only at the broad level appears twice, as broad and as detailed.',
  constantWages: (baseYear: number): string =>
    `Columns labelled "${baseYear} dollars" (keys with _${baseYear}_dollars) are the published wages in constant ${baseYear} U.S. dollars, the dollars the chart is drawn in: each May estimate of year Y is multiplied by the CPI-U annual average of ${baseYear} divided by that of year Y (BLS CPI-U, U.S. city average, all items; data/cpi/) and rounded to the cent; a top code is converted the same way and stays a lower bound. BLS did not publish these figures; quote the published columns (keys with _nominal) as BLS's. A wage with no CPI-U average for its year is left empty and flagged.`,
  onlyFlags: 'annual_only is TRUE where BLS publishes only annual wages (occupations paid by the year, e.g. teachers); hourly_only is TRUE where it publishes only hourly wages (e.g. actors, musicians).',
};

export function epNotes(vintage: ProjectionVintage): { thousands: string; selfEmployed: string; openings: string; wage: string; education: string } {
  const basis = vintage.projections[0]?.openingsBasis ?? 'total-over-period';
  return {
    thousands: 'EP employment figures (employment, change, openings) are in thousands of jobs, as BLS publishes them: 172.5 means 172,500 jobs.',
    selfEmployed: 'EP employment counts all jobs in the occupation, the self-employed included, so it differs from OEWS employment, which excludes the self-employed.',
    openings: basis === 'annual-average'
      ? `Openings in ${vintage.vintage} are an annual average over ${vintage.baseYear}–${vintage.targetYear}. Vintages before 2016-26 publish openings as a total over the decade by an older method, so the two are not comparable.`
      : `Openings in ${vintage.vintage} are the total over ${vintage.baseYear}–${vintage.targetYear} (growth and replacement needs). From 2016-26 BLS publishes an annual average by a newer method, so the two are not comparable.`,
    wage: vintage.wageYear != null
      ? `The median annual wage in EP ${vintage.vintage} is the OEWS estimate for May ${vintage.wageYear}, as the EP table prints it; wages at or above the OEWS top code are printed ">= $…".`
      : `The median annual wage in EP ${vintage.vintage} is an OEWS estimate; the table does not say for which May.`,
    education: vintage.projections.some((p) => p.educationClassification === 'most-significant-source')
      ? 'Education in 2008-18 is the "most significant source of education or training"; later vintages give the "typical education needed for entry", a different classification.'
      : 'Education is the "typical education needed for entry"; 2008-18 used a different classification (the "most significant source of education or training").',
  };
}

/** The wages footnotes of a file whose chart is in `dollars`: the published wages, and their constant-dollar twins where there are any. */
export function wagesNotes(dollars: Dollars): string[] {
  return dollars.kind === 'nominal' ? [OEWS_NOTES.wages] : [OEWS_NOTES.wages, OEWS_NOTES.constantWages(dollars.baseYear)];
}
