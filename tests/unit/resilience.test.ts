import { describe, expect, it } from 'vitest';
import { assembleDataset } from '@/lib/data/assemble';
import { readDataFiles } from '@/lib/data/get-dataset';
import { errorOf } from '@/tests/unit/parse-error';

/**
 * The loader against real-looking broken files: each change to a real shipped file either
 * loads to the same figures or stops the whole load with a file/line/column message.
 * No partial dataset, ever.
 */
const original = readDataFiles();

function loadWith(path: string, change: (text: string) => string) {
  const files = new Map(original);
  files.set(path, change(original.get(path)!));
  return () => assembleDataset(files);
}


const OEWS = 'oews/national_M2008_dl.csv';
const EP = 'projections/2008-18/table_1.2.csv';
const median2008 = (d: ReturnType<typeof assembleDataset>) => d.wageReleases.find((r) => r.year === 2008)!.estimates.find((e) => e.socCode === '29-2071')!.annual.median;
const growth2008 = (d: ReturnType<typeof assembleDataset>) => d.projectionVintages.find((v) => v.vintage === '2008-18')!.projections.find((p) => p.socCode === '29-2071')!.changePercent;

describe('files that still load, to the same figures', () => {
  it('a byte-order mark at the start', () => {
    const d = loadWith(OEWS, (t) => `\ufeff${t}`)();
    expect(median2008(d)).toEqual({ kind: 'value', value: 30610 });
  });

  it('CRLF line ends', () => {
    const d = loadWith(EP, (t) => t.replace(/\r?\n/g, '\r\n'))();
    expect(growth2008(d)).toEqual({ kind: 'value', value: 20.33 });
    const e = loadWith(OEWS, (t) => t.replace(/\r?\n/g, '\r\n'))();
    expect(median2008(e)).toEqual({ kind: 'value', value: 30610 });
  });
});

describe('files that stop the load, saying where and what', () => {
  it('an empty file', () => {
    const error = errorOf(loadWith(OEWS, () => ''));
    expect(error.file).toBe(OEWS);
    expect(error.message).toMatch(/OCC_CODE/);
  });

  it('a missing header row', () => {
    const error = errorOf(loadWith(OEWS, (t) => t.split('\n').slice(1).join('\n')));
    expect(error.file).toBe(OEWS);
    expect(error.line).toBe(1);
  });

  it('a wrong header: an unknown column name', () => {
    const error = errorOf(loadWith(OEWS, (t) => t.replace('a_median', 'a_middle')));
    expect([error.file, error.line, error.column]).toEqual([OEWS, 1, 16]);
    expect(error.found).toBe('a_middle');
  });

  it('a renamed EP column', () => {
    const error = errorOf(loadWith(EP, (t) => t.replace('Total job openings due to growth and replacement needs', 'Vacancies')));
    expect(error.file).toBe(EP);
    expect(error.column).toBe(9);
    expect(error.found).toBe('Vacancies');
  });

  it('a truncated OEWS file (cut mid-row)', () => {
    const cut = original.get(OEWS)!.slice(0, original.get(OEWS)!.indexOf('29-2071') + 40);
    const error = errorOf(loadWith(OEWS, () => cut));
    expect(error.file).toBe(OEWS);
    // The cut row is the file's last line; it ends two cells in, inside the title.
    expect(error.line).toBe(cut.split('\n').length);
    expect(error.column).toBe(3);
    expect(error.expected).toBe('at least 18 cells, through the last wage column');
    expect(error.found).toBe('2 cells (truncated row?)');
  });

  it('binary garbage', () => {
    const error = errorOf(loadWith(EP, () => '\u0000\u0001PK\u0003\u0004\u0014\u0000\u0006\u0000'));
    expect(error.file).toBe(EP);
    expect(error.found).toMatch(/NUL|binary/);
  });

  it('a number cell replaced by text', () => {
    const error = errorOf(loadWith(OEWS, (t) => t.replace('30610', 'thirty')));
    expect(error.file).toBe(OEWS);
    expect(error.found.trim()).toBe('thirty');
    expect(error.column).toBe(16);
  });
});
