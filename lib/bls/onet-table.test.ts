import { describe, expect, it } from 'vitest';
import { parseOnetTable } from './onet-table';
import { errorOf } from '@/tests/unit/parse-error';

const FILE = 'onet/test_table.txt';
const COLUMNS = { onetCode: 'O*NET-SOC Code', title: 'Title', note: 'Note', count: 'Count', flag: 'Flag' } as const;
const HEADER = 'O*NET-SOC Code\tTitle\tNote\tCount\tFlag';

const read = (text: string) =>
  parseOnetTable(text, FILE, COLUMNS, (row) => ({
    ...row.code('onetCode'),
    title: row.title('title'),
    note: row.optionalText('note', 'a note'),
    count: row.optionalWhole('count', 'a whole-number count'),
    flag: row.optionalFlag('flag', 'a flag'),
    source: row.source,
  }), { file: 'onet/occupation_data.txt', codes: new Set(['29-2072.00', '15-1211.01']) });

describe('parseOnetTable', () => {
  it('maps columns by name in any order and case, and reads n/a as null', () => {
    const text = ['title\tO*NET-SOC CODE\tFlag\tNote\tCount', 'Health Informatics Specialists\t15-1211.01\tn/a\tn/a\tn/a', 'Medical Records Specialists\t29-2072.00\tY\tSee "coders"\t12', ''].join('\n');
    const result = read(text);
    expect(result.records).toEqual([
      { onetCode: '15-1211.01', socCode: '15-1211', title: 'Health Informatics Specialists', note: null, count: null, flag: null, source: { file: FILE, line: 2 } },
      { onetCode: '29-2072.00', socCode: '29-2072', title: 'Medical Records Specialists', note: 'See "coders"', count: 12, flag: true, source: { file: FILE, line: 3 } },
    ]);
    expect(result.skipped).toEqual([{ line: 1, reason: 'header' }]);
    expect(result.totalRows).toBe(3);
  });

  it('keeps a cell that starts with a quote whole, since O*NET never quotes cells', () => {
    const text = `${HEADER}\n29-2072.00\tMedical Records Specialists\t"Coder", "Biller"\t1\tN\n`;
    expect(read(text).records[0]).toMatchObject({ note: '"Coder", "Biller"', flag: false });
  });

  it('reads a byte-order mark and CRLF line ends as the same rows', () => {
    const text = `${HEADER}\n29-2072.00\tMedical Records Specialists\tn/a\t1\tN\n`;
    expect(read(`\ufeff${text.replace(/\n/g, '\r\n')}`)).toEqual(read(text));
  });

  it('skips blank lines and counts them', () => {
    const result = read(`${HEADER}\n\n29-2072.00\tMedical Records Specialists\tn/a\t1\tN\n`);
    expect(result.skipped).toEqual([{ line: 1, reason: 'header' }, { line: 2, reason: 'blank' }]);
    expect(result.records[0]?.source.line).toBe(3);
  });

  it('fails without a header, on an unknown or repeated column, and on a missing column', () => {
    expect(errorOf(() => read('29-2072.00\tMedical Records Specialists\n')).message).toBe(
      `${FILE}, line 1: expected a tab-separated header row with an "O*NET-SOC Code" column, found "29-2072.00\\tMedical Records Specialists"`,
    );
    expect(errorOf(() => read('')).message).toBe(`${FILE}, line 1: expected a tab-separated header row with an "O*NET-SOC Code" column, found "an empty file"`);
    expect(errorOf(() => read(HEADER.replace('Count', 'Score'))).message).toBe(
      `${FILE}, line 1, column 4: expected one each of O*NET-SOC Code, Title, Note, Count, Flag, found "Score"`,
    );
    expect(errorOf(() => read(`${HEADER}\tTitle`))).toMatchObject({ line: 1, column: 6, found: 'Title' });
    expect(errorOf(() => read(HEADER.replace('\tFlag', ''))).message).toBe(
      `${FILE}, line 1: expected a column named "Flag", found "O*NET-SOC Code\\tTitle\\tNote\\tCount"`,
    );
  });

  it('fails on a truncated row and on a row with an extra cell', () => {
    expect(errorOf(() => read(`${HEADER}\n29-2072.00\tMedical Records Specialists\tn/a`)).message).toBe(
      `${FILE}, line 2, column 4: expected 5 tab-separated cells, as in the header, found "no cell (the row has 3)"`,
    );
    expect(errorOf(() => read(`${HEADER}\n29-2072.00\tMedical Records Specialists\tn/a\t1\tN\tstray`)).message).toBe(
      `${FILE}, line 2, column 6: expected 5 tab-separated cells, as in the header, found "an extra cell, \\"stray\\""`,
    );
  });

  it('fails on a malformed code and on a code occupation_data.txt does not list', () => {
    expect(errorOf(() => read(`${HEADER}\n29-2072\tMedical Records Specialists\tn/a\t1\tN`)).message).toBe(
      `${FILE}, line 2, column 1: expected an O*NET-SOC code like 29-2072.00, found "29-2072"`,
    );
    expect(errorOf(() => read(`${HEADER}\n29-2071.00\tMedical Records and Health Information Technicians\tn/a\t1\tN`)).message).toBe(
      `${FILE}, line 2, column 1: expected an O*NET-SOC code listed in onet/occupation_data.txt, found "29-2071.00"`,
    );
  });

  it('names the cell of a bad value, with n/a offered where it is allowed', () => {
    const row = (cells: string) => `${HEADER}\n29-2072.00\t${cells}`;
    expect(errorOf(() => read(row('n/a\tn/a\t1\tN'))).message).toBe(`${FILE}, line 2, column 2: expected an occupation title, found "n/a"`);
    expect(errorOf(() => read(row('Medical Records Specialists\t\t1\tN'))).message).toBe(`${FILE}, line 2, column 3: expected a note or n/a, found ""`);
    expect(errorOf(() => read(row('Medical Records Specialists\tn/a\t1.5\tN'))).message).toBe(`${FILE}, line 2, column 4: expected a whole-number count or n/a, found "1.5"`);
    expect(errorOf(() => read(row('Medical Records Specialists\tn/a\t1\tYes'))).message).toBe(`${FILE}, line 2, column 5: expected a flag (Y, N or n/a), found "Yes"`);
  });
});
