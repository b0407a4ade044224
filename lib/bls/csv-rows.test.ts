import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { isBlankRow, isNoteRow, readCsvRows } from './csv-rows';
import { errorOf } from '@/tests/unit/parse-error';

const FILE = 'projections/2008-18/test_rows.csv';


describe('readCsvRows', () => {
  it('numbers rows by the line they start on, counting breaks inside quoted cells', () => {
    const text = [
      '"Table 1.2 Employment by occupation, 2008 and projected 2018',
      '(Numbers in thousands)"',
      'title,code,"Employment',
      '2008"',
      '"Medical records and health information technicians",29-2071,172.5',
    ].join('\n');
    expect(readCsvRows(text, FILE)).toEqual([
      { line: 1, cells: ['Table 1.2 Employment by occupation, 2008 and projected 2018\n(Numbers in thousands)'] },
      { line: 3, cells: ['title', 'code', 'Employment\n2008'] },
      { line: 5, cells: ['Medical records and health information technicians', '29-2071', '172.5'] },
    ]);
  });

  it('counts a CRLF inside a quoted cell once, in a CRLF file', () => {
    const text = '"Table 1.7\r\n (Numbers in thousands)"\r\na,"Occupation\r\nType"\r\n29-2071,Line item\r\n';
    expect(readCsvRows(text, FILE).map((r) => r.line)).toEqual([1, 3, 5]);
    expect(readCsvRows(text, FILE)[1]?.cells).toEqual(['a', 'Occupation\r\nType']);
  });

  it('drops a BOM and the empty row after the final line break, but keeps blank lines inside', () => {
    const rows = readCsvRows('\ufeffOCC_CODE,TOT_EMP\n\n29-2071,"168,650"\n', FILE);
    expect(rows).toEqual([
      { line: 1, cells: ['OCC_CODE', 'TOT_EMP'] },
      { line: 2, cells: [''] },
      { line: 3, cells: ['29-2071', '168,650'] },
    ]);
  });

  it('keeps cells as text: padding, separators and markers untouched', () => {
    const rows = readCsvRows('29-2071,       168650,"176,090",#,*,**,~,TRUE\n', FILE);
    expect(rows[0]?.cells).toEqual(['29-2071', '       168650', '176,090', '#', '*', '**', '~', 'TRUE']);
  });

  it('splits on a given delimiter (O*NET tab-separated text)', () => {
    const rows = readCsvRows('O*NET-SOC Code\tRelated\n29-2072.00\t29-9021.00\n', 'onet/test.txt', { delimiter: '\t' });
    expect(rows[1]).toEqual({ line: 2, cells: ['29-2072.00', '29-9021.00'] });
  });

  it('returns no rows for an empty file', () => {
    expect(readCsvRows('', FILE)).toEqual([]);
  });
});

describe('readCsvRows failures', () => {
  it('refuses binary data (a NUL byte), naming line and column', () => {
    const error = errorOf(() => readCsvRows('occ_code,tot_emp\n29-2071,16\u00008650\n', FILE));
    expect(error).toMatchObject({ file: FILE, line: 2, column: 11, expected: 'CSV text', found: 'a NUL byte (binary data)' });
    expect(error.message).toBe(`${FILE}, line 2, column 11: expected CSV text, found "a NUL byte (binary data)"`);
  });

  it('refuses an unclosed quote, naming the line and column where it opens', () => {
    const text = '"Title\n(Numbers in thousands)"\ntitle,code\nActors,27-2011\n"Medical records,29-2071,172.5\n';
    const error = errorOf(() => readCsvRows(text, FILE));
    expect(error).toMatchObject({ file: FILE, line: 5, column: 1, expected: 'a closed quoted cell', found: 'Quoted field unterminated' });
  });

  it('refuses a malformed quote inside a row', () => {
    const error = errorOf(() => readCsvRows('a,b\n29-2071,"Medical" records,1\n', FILE));
    expect(error).toMatchObject({ file: FILE, line: 2, column: 9, expected: 'a closed quoted cell', found: 'Trailing quote on quoted field is malformed' });
  });
});

describe('row shapes', () => {
  it('isBlankRow: every cell empty or white space', () => {
    expect(isBlankRow([''])).toBe(true);
    expect(isBlankRow([' ', '', '\t'])).toBe(true);
    expect(isBlankRow(['', '-'])).toBe(false);
  });

  it('isNoteRow: at most one filled cell', () => {
    expect(isNoteRow(['Source: Employment Projections program, U.S. Bureau of Labor Statistics'])).toBe(true);
    expect(isNoteRow(['Footnotes:', '', ''])).toBe(true);
    expect(isNoteRow(['Medical records', '29-207I', '172.5'])).toBe(false);
  });
});

describe('cells do not keep the file text alive', () => {
  it('lets a 16 MiB file go when one long cell of it is kept', async () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const heapAfterGc = async (): Promise<number> => {
      await new Promise((resolve) => setImmediate(resolve));
      gc();
      return process.memoryUsage().heapUsed;
    };
    const before = await heapAfterGc();
    // Joined from lines: one flat string in V8's heap, like a file's text once parsed.
    const filler = 'Medical records specialists,'.repeat(40);
    let text: string | null = ['Code,Title', '29-2072,Medical records specialists', ...Array<string>(Math.ceil((16 * 2 ** 20) / filler.length)).fill(filler)].join('\n');
    const kept = readCsvRows(text, 'big.csv')[1]?.cells[1];
    text = null;
    const after = await heapAfterGc();
    expect(kept).toBe('Medical records specialists');
    expect(after - before).toBeLessThan(4 * 2 ** 20);
  });
});
