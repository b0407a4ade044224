import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { DATA_DIR } from '@/lib/data/get-dataset';
import { splitLine } from '@/tests/unit/raw-csv';
import {
  formatCount,
  formatHourlyUsd,
  formatOneDecimal,
  formatPercent,
  formatSignedPercent,
  formatSignedThousandsAsCount,
  formatThousandsAsCount,
  formatUsd,
  roundHalfAwayFromZero,
} from './format';

/** The raw cells of one code in a vintage's Table 1.2, read without the app's parser. */
function table12Cells(vintage: string, socCode: string): string[] {
  const text = readFileSync(path.join(DATA_DIR, 'projections', vintage, 'table_1.2.csv'), 'utf8');
  const line = text.split(/\r?\n/).find((l) => splitLine(l)[1] === socCode);
  if (!line) throw new Error(`${socCode} is not in ${vintage} Table 1.2`);
  return splitLine(line);
}

describe('published decimals ending in 5 round half away from zero', () => {
  // 2008-18 Table 1.2: the change in percent is the eighth cell, published with two decimals.
  test.each([
    ['11-2022', '14.95', '15.0%', '+15.0%'],
    ['29-2061', '20.65', '20.7%', '+20.7%'],
    ['17-2041', '-2.05', '-2.1%', '-2.1%'],
  ])('%s: the cell %s reads %s', (socCode, raw, shown, signed) => {
    const cell = table12Cells('2008-18', socCode)[7];
    expect(cell).toBe(raw);
    expect(formatPercent(Number(cell))).toBe(shown);
    expect(formatSignedPercent(Number(cell))).toBe(signed);
  });

  test('41-4011: the change from 2010 (2010-20) to 2020 (2020-30) computes to -25.45 and reads -25.5%', () => {
    const base = Number(table12Cells('2010-20', '41-4011')[2]);
    const actual = Number(table12Cells('2020-30', '41-4011')[3]);
    expect([base, actual]).toEqual([400, 298.2]);
    const change = ((actual - base) / base) * 100;
    expect(change.toFixed(1)).toBe('-25.4'); // the binary float lies just above -25.45…
    expect(roundHalfAwayFromZero(change, 1)).toBe(-25.5); // …the decimal rounds away from zero
    expect(formatPercent(change)).toBe('-25.5%');
  });
});

describe('roundHalfAwayFromZero', () => {
  test.each([
    [14.95, 1, 15],
    [-14.95, 1, -15],
    [1.005, 2, 1.01],
    [-1.005, 2, -1.01],
    [0.5, 0, 1],
    [-0.5, 0, -1],
    [2.5, 0, 3],
    [1234.5, 0, 1235],
    [0.1 + 0.2, 1, 0.3],
    [30610, 0, 30610],
    [34069.70243938443, 2, 34069.7],
    [255214.2597308112, 2, 255214.26],
  ])('%d to %d digits is %d', (value, digits, expected) => {
    expect(roundHalfAwayFromZero(value, digits)).toBe(expected);
  });

  test('never returns -0, and passes non-finite values through', () => {
    expect(Object.is(roundHalfAwayFromZero(-0.04, 1), 0)).toBe(true);
    expect(Object.is(roundHalfAwayFromZero(-0, 0), 0)).toBe(true);
    expect(roundHalfAwayFromZero(Number.NaN, 1)).toBeNaN();
    expect(roundHalfAwayFromZero(Number.POSITIVE_INFINITY, 1)).toBe(Number.POSITIVE_INFINITY);
  });
});

describe('formatters', () => {
  test('no "-0" and no "+0.0%" for values that round to zero', () => {
    expect(formatPercent(-0.04)).toBe('0.0%');
    expect(formatSignedPercent(-0.04)).toBe('0.0%');
    expect(formatSignedPercent(0.04)).toBe('0.0%');
    expect(formatSignedPercent(0.05)).toBe('+0.1%');
    expect(formatSignedPercent(-0.05)).toBe('-0.1%');
    expect(formatUsd(-0.4)).toBe('$0');
    expect(formatSignedThousandsAsCount(-0.0004)).toBe('0');
  });

  test('dollars, counts and thousands', () => {
    expect(formatUsd(30610)).toBe('$30,610');
    expect(formatUsd(30610.5)).toBe('$30,611');
    expect(formatHourlyUsd(14.715)).toBe('$14.72');
    expect(formatHourlyUsd(80)).toBe('$80.00');
    expect(formatThousandsAsCount(172.5)).toBe('172,500');
    expect(formatThousandsAsCount(207.6)).toBe('207,600');
    expect(formatSignedThousandsAsCount(35.1)).toBe('+35,100');
    expect(formatSignedThousandsAsCount(-7.9)).toBe('-7,900');
    expect(formatCount(176090)).toBe('176,090');
    expect(formatOneDecimal(9.65)).toBe('9.7');
  });
});
