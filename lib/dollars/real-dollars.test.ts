import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCpiAnnual } from '@/lib/bls/cpi';
import { splitLine } from '@/tests/unit/raw-csv';
import { DATA_DIR, getDataset } from '@/lib/data/get-dataset';
import {
  convertEstimate, cpiFactor, dollarsLabel, parseDollars, realChange, toConstantDollars, wageColumnKey, wageSeries,
} from './real-dollars';

const dataset = getDataset();
const cpi = dataset.cpi;

/** The Annual cell (column 14) of a year's raw line in the shipped CPI-U file. */
function rawAnnual(year: number): number {
  const cells = readFileSync(path.join(DATA_DIR, 'cpi/cpi_u_us_city_average_all_items.csv'), 'utf8').split(/\r?\n/).map(splitLine).find((c) => c[0] === String(year));
  if (!cells) throw new Error(`${year} not in the CPI-U file`);
  return Number(cells[13]);
}

// A small CPI-U export: 2025 has an annual average, 2026 does not yet.
const FIXTURE = parseCpiAnnual(
  [
    'Series Id:,CUUR0000SA0,,,,,,,,,,,,,,',
    'Year,Jan,Feb,Mar,Apr,May,Jun,Jul,Aug,Sep,Oct,Nov,Dec,Annual,HALF1,HALF2',
    '2008,211.080,211.693,213.528,214.823,216.632,218.815,219.964,219.086,218.783,216.573,212.425,210.228,215.303,214.429,216.177',
    '2024,308.417,310.326,312.332,313.548,314.069,314.175,314.540,314.796,315.301,315.664,315.493,315.605,313.689,312.145,315.233',
    '2026,325.252,326.785,330.213,333.020,335.123,333.952,,,,,,,,330.724,',
  ].join('\n'),
  'cpi/fixture.csv',
);

describe('constant dollars', () => {
  it('29-2071, May 2008 $30,610 is $44,598 in 2024 dollars (30,610 × 313.689 / 215.303)', () => {
    expect(rawAnnual(2008)).toBe(215.303);
    expect(rawAnnual(2024)).toBe(313.689);
    const wage2008 = dataset.wageReleases.find((r) => r.year === 2008)!.estimates.find((e) => e.socCode === '29-2071')!.annual.median;
    expect(wage2008).toEqual({ kind: 'value', value: 30610 });
    const result = toConstantDollars(30610, 2008, 2024, cpi);
    expect(result.kind).toBe('value');
    if (result.kind !== 'value') return;
    expect(Math.round(result.value)).toBe(44598);
    expect(result.value).toBeCloseTo((30610 * 313.689) / 215.303, 9);
    expect(result.factor).toBeCloseTo(313.689 / 215.303, 12);
  });

  it('same year: the wage is unchanged', () => {
    expect(toConstantDollars(30610, 2024, 2024, FIXTURE)).toEqual({ kind: 'value', value: 30610, factor: 1 });
  });

  it('a year without an annual average gives a typed no-cpi result, never a number', () => {
    expect(toConstantDollars(30610, 2008, 2026, FIXTURE)).toEqual({ kind: 'no-cpi', year: 2026, message: 'There is no CPI-U annual average for 2026 (BLS has not published its annual average yet).' });
    expect(cpiFactor(FIXTURE, 1999, 2024)).toMatchObject({ kind: 'no-cpi', year: 1999, message: expect.stringContaining('no row for it') });
    expect(toConstantDollars(30610, 2008, 2024, null)).toMatchObject({ kind: 'no-cpi', year: 2008 });
  });

  it('converts estimates to the cent: values and top codes scale, a missing value stays missing', () => {
    const to2024 = { kind: 'constant', baseYear: 2024 } as const;
    // 166,400 × 313.689 / 215.303 = 242,439.0259…; the hourly $80.00 top code of 2008 = 116.5572…
    expect(convertEstimate({ kind: 'top-coded', atLeast: 166400 }, 2008, to2024, FIXTURE)).toEqual({ kind: 'estimate', estimate: { kind: 'top-coded', atLeast: 242439.03 } });
    expect(convertEstimate({ kind: 'top-coded', atLeast: 80 }, 2008, to2024, FIXTURE)).toEqual({ kind: 'estimate', estimate: { kind: 'top-coded', atLeast: 116.56 } });
    expect(convertEstimate({ kind: 'value', value: 30610 }, 2008, to2024, FIXTURE)).toEqual({ kind: 'estimate', estimate: { kind: 'value', value: 44597.71 } });
    const missing = { kind: 'missing', reason: 'wage-not-available', marker: '*' } as const;
    expect(convertEstimate(missing, 2008, to2024, FIXTURE)).toEqual({ kind: 'estimate', estimate: missing });
    expect(convertEstimate({ kind: 'value', value: 1 }, 2008, { kind: 'nominal' }, null)).toEqual({ kind: 'estimate', estimate: { kind: 'value', value: 1 } });
  });
});

describe('labels, keys and the URL value', () => {
  it('says which dollars, in words and in column keys', () => {
    expect(dollarsLabel({ kind: 'constant', baseYear: 2024 })).toBe('constant 2024 dollars (CPI-U)');
    expect(dollarsLabel({ kind: 'nominal' })).toBe('nominal dollars');
    expect(wageColumnKey('median', 'annual', { kind: 'constant', baseYear: 2024 })).toBe('median_annual_wage_usd_2024_dollars');
    expect(wageColumnKey('median', 'annual', { kind: 'nominal' })).toBe('median_annual_wage_usd_nominal');
  });

  it('reads ?dollars=: default the latest release, nominal, a CPI year; anything else is a notice', () => {
    expect(parseDollars(undefined, dataset)).toEqual({ dollars: { kind: 'constant', baseYear: 2024 }, notice: null });
    expect(parseDollars('nominal', dataset).dollars).toEqual({ kind: 'nominal' });
    expect(parseDollars('2010', dataset).dollars).toEqual({ kind: 'constant', baseYear: 2010 });
    expect(parseDollars('2026', dataset)).toEqual({ dollars: { kind: 'constant', baseYear: 2024 }, notice: expect.stringContaining('no CPI-U annual average for 2026') });
    expect(parseDollars('<b>', dataset).notice).toContain('is not a choice of dollars');
  });
});

describe('wage series and whether pay kept up', () => {
  it('29-2071 median annual wage per release, in 2024 dollars, absent after the 2018 SOC split', () => {
    const series = wageSeries(dataset, '29-2071', { kind: 'constant', baseYear: 2024 });
    expect(series.columnKey).toBe('median_annual_wage_usd_2024_dollars');
    const may2008 = series.points.find((p) => p.year === 2008)!;
    expect(may2008.status === 'ok' && may2008.estimate.kind === 'value' && Math.round(may2008.estimate.value)).toBe(44598);
    expect(may2008.status === 'ok' && may2008.nominal).toEqual({ kind: 'value', value: 30610 });
    expect(series.points.find((p) => p.year === 2024)!.status).toBe('not-in-release');
  });

  it('real change: the nominal rise less inflation', () => {
    const change = realChange(FIXTURE, { year: 2008, wage: 30610 }, { year: 2024, wage: 44000 });
    expect(change).toMatchObject({ kind: 'change', keptUp: false });
    if (change.kind !== 'change') return;
    expect(change.nominalChangePct).toBeCloseTo((44000 / 30610 - 1) * 100, 9);
    expect(change.realChangePct).toBeCloseTo((44000 / ((30610 * 313.689) / 215.303) - 1) * 100, 9);
    expect(realChange(FIXTURE, { year: 2008, wage: 30610 }, { year: 2026, wage: 50000 })).toMatchObject({ kind: 'no-cpi', year: 2026 });
  });
});
