import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_BOM, CsvShapeError, writeCsv } from './csv';

/** The file's lines without the byte-order mark and the final line ending. */
function lines(csv: string): string[] {
  expect(csv.startsWith(CSV_BOM)).toBe(true);
  expect(csv.endsWith('\r\n')).toBe(true);
  return csv.slice(1, -2).split('\r\n');
}

describe('writeCsv', () => {
  it('writes one header row, CRLF line endings and a UTF-8 byte-order mark', () => {
    const csv = writeCsv(['soc_code', 'employment_2008_thousands'], [['29-2071', 172.5], ['00-0000', 150931.7]]);
    expect(csv).toBe('\uFEFFsoc_code,employment_2008_thousands\r\n29-2071,172.5\r\n00-0000,150931.7\r\n');
    expect(csv.match(/\n/g)).toHaveLength(3);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('quotes commas, quotes and line breaks per RFC 4180, and papaparse reads them back', () => {
    const titles = ['Medical records and health information technicians, all other', 'He said "hello"', 'Line one\nline two', 'CR\r\nLF'];
    const csv = writeCsv(['occupation'], titles.map((t) => [t]));
    expect(csv).toBe(
      '\uFEFFoccupation\r\n"Medical records and health information technicians, all other"\r\n"He said ""hello"""\r\n"Line one\nline two"\r\n"CR\r\nLF"\r\n',
    );
    const parsed = Papa.parse<string[]>(csv, { delimiter: ',', skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data.slice(1).map((r) => r[0])).toEqual(titles);
  });

  it('neutralises text that a spreadsheet would run as a formula (OWASP)', () => {
    const hostile = ['=1+1', '+SUM(A1:A2)', '-2+3', '@SUM(A1)', '\t=1', '\r=1', '=HYPERLINK("http://x","y")', '=1\n2'];
    const csv = writeCsv(['cell'], hostile.map((h) => [h]));
    const parsed = Papa.parse<string[]>(csv, { delimiter: ',', skipEmptyLines: true });
    expect(parsed.data.slice(1).map((r) => r[0])).toEqual(hostile.map((h) => `'${h}`));
    expect(csv).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
  });

  it('leaves ordinary text alone, including a formula character later in the cell', () => {
    const csv = writeCsv(['cell'], [['a=b'], ['top-coded >= 239200'], ['not available (*)'], ['Bachelor\'s degree']]);
    expect(lines(csv).slice(1)).toEqual(['a=b', 'top-coded >= 239200', 'not available (*)', 'Bachelor\'s degree']);
  });

  it('writes negative numbers as numbers, but neutralises the same text', () => {
    const csv = writeCsv(['change_2008_2018_percent', 'note'], [[-0.1, '-0.1'], [-12.34, null], [0, '']]);
    expect(lines(csv).slice(1)).toEqual([`-0.1,"'-0.1"`, '-12.34,', '0,']);
  });

  it('writes null as an empty cell, never 0 or "null"', () => {
    const csv = writeCsv(['a', 'b', 'c'], [[null, 1, null]]);
    expect(lines(csv)[1]).toBe(',1,');
  });

  it('keeps full precision of numbers', () => {
    const csv = writeCsv(['x'], [[20.33], [30610], [0.123456789], [115]]);
    expect(lines(csv).slice(1)).toEqual(['20.33', '30610', '0.123456789', '115']);
  });

  it('keeps non-ASCII text as UTF-8', () => {
    expect(writeCsv(['t'], [['≥ $239,200 — naïve']])).toContain('"≥ $239,200 — naïve"');
  });

  it('refuses rows that do not match the header, and numbers that are not finite', () => {
    expect(() => writeCsv(['a', 'b'], [['x']])).toThrow(CsvShapeError);
    expect(() => writeCsv(['a'], [[Number.NaN]])).toThrow(/not a finite number/);
  });
});
