import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCpiAnnual } from './cpi';
import { errorOf } from '@/tests/unit/parse-error';

const FILE = 'cpi/test_cpi.csv';
const HEADER = 'Year,Jan,Feb,Mar,Apr,May,Jun,Jul,Aug,Sep,Oct,Nov,Dec,Annual,HALF1,HALF2';

const CPI = [
  'Consumer Price Index for All Urban Consumers (CPI-U),,,,,,,,,,,,,,,',
  ',,,,,,,,,,,,,,,',
  'Series Id:,CUUR0000SA0,,,,,,,,,,,,,,',
  'Series Title:,"All items in U.S. city average, all urban consumers, not seasonally adjusted",,,,,,,,,,,,,,',
  HEADER,
  '1913,9.8,9.8,9.8,9.8,9.7,9.8,9.9,9.9,10.0,10.0,10.1,10.0,9.9,,',
  '2008,211.080,211.693,213.528,214.823,216.632,218.815,219.964,219.086,218.783,216.573,212.425,210.228,215.303,214.429,216.177',
  '2026,325.252,326.785,330.213,333.020,335.123,333.952,,,,,,,,330.724,',
].join('\n');


describe('parseCpiAnnual', () => {
  it('reads the series id and the annual averages, and lists the year without one', () => {
    const result = parseCpiAnnual(CPI, FILE);
    expect(result.seriesId).toBe('CUUR0000SA0');
    expect(result.records).toEqual([
      { year: 1913, annualAverage: 9.9, source: { file: FILE, line: 6 } },
      { year: 2008, annualAverage: 215.303, source: { file: FILE, line: 7 } },
    ]);
    expect(result.yearsWithoutAnnual).toEqual([2026]);
    expect(result.skipped).toEqual([
      { line: 1, reason: 'title' },
      { line: 2, reason: 'blank' },
      { line: 3, reason: 'title' },
      { line: 4, reason: 'title' },
      { line: 5, reason: 'header' },
      { line: 8, reason: 'incomplete-year' },
    ]);
    expect(result.records.length + result.skipped.length).toBe(result.totalRows);
  });

  it('skips notes after the table', () => {
    const result = parseCpiAnnual(`${CPI}\n,,\nSource: Bureau of Labor Statistics,,`, FILE);
    expect(result.skipped.slice(-2)).toEqual([
      { line: 9, reason: 'blank' },
      { line: 10, reason: 'footnote' },
    ]);
  });

  it('fails without a header, an Annual column or a series id', () => {
    expect(errorOf(() => parseCpiAnnual('Series Id:,CUUR0000SA0\n2008,215.303\n', FILE))).toMatchObject({ file: FILE, line: 1, expected: 'a header row starting with "Year"' });
    expect(errorOf(() => parseCpiAnnual(CPI.replace('Annual', 'Average'), FILE))).toMatchObject({ line: 5, expected: 'an "Annual" column' });
    expect(errorOf(() => parseCpiAnnual(CPI.replace('Series Id:', 'Series:'), FILE))).toMatchObject({ line: 5, expected: 'a "Series Id:" line above the header' });
    expect(errorOf(() => parseCpiAnnual(CPI.replace('CUUR0000SA0', 'cpi u'), FILE))).toMatchObject({ line: 3, column: 2, found: 'cpi u' });
  });

  it('fails on a bad year or a repeated one', () => {
    expect(errorOf(() => parseCpiAnnual(CPI.replace('\n2008,', '\n208,'), FILE))).toMatchObject({ line: 7, column: 1, found: '208' });
    expect(errorOf(() => parseCpiAnnual(CPI.replace('\n2026,', '\n2008,'), FILE))).toMatchObject({ line: 8, column: 1, expected: 'a four-digit year after 2008' });
    expect(errorOf(() => parseCpiAnnual(`Series Id:,CUUR0000SA0\n${HEADER}\nAnnual averages,,`, FILE))).toMatchObject({ line: 3, column: 1, found: 'Annual averages' });
  });

  it('fails on an annual value that is not a number, with line and column', () => {
    const error = errorOf(() => parseCpiAnnual(CPI.replace(',215.303,', ',215.3O3,'), FILE));
    expect(error).toMatchObject({ file: FILE, line: 7, column: 14, found: '215.3O3' });
    expect(error.message).toBe(`${FILE}, line 7, column 14: expected an annual average index value like 215.303, or blank, for 2008, found "215.3O3"`);
    expect(errorOf(() => parseCpiAnnual(`${CPI}\n2027,1.0`, FILE))).toMatchObject({ line: 9, column: 14, found: 'no cell (the row has 2)' });
  });
});

describe('parseCpiAnnual on data/cpi/cpi_u_us_city_average_all_items.csv', () => {
  const name = 'cpi/cpi_u_us_city_average_all_items.csv';
  const result = parseCpiAnnual(readFileSync(new URL(`../../data/${name}`, import.meta.url), 'utf8'), name);

  it('reads CUUR0000SA0 with an annual average for 1913 to 2025', () => {
    expect(result.seriesId).toBe('CUUR0000SA0');
    expect(result.records).toHaveLength(113);
    expect(result.records[0]?.year).toBe(1913);
    expect(result.records.at(-1)?.year).toBe(2025);
    expect(result.yearsWithoutAnnual).toEqual([2026]);
    expect(result.skipped).toHaveLength(13);
    expect(result.records.length + result.skipped.length).toBe(result.totalRows);
  });

  it('has the published annual averages', () => {
    const byYear = new Map(result.records.map((r) => [r.year, r.annualAverage]));
    expect(byYear.get(2008)).toBe(215.303);
    expect(byYear.get(2024)).toBe(313.689);
    expect(byYear.get(1913)).toBe(9.9);
    expect(byYear.get(2025)).toBe(321.943);
  });
});
