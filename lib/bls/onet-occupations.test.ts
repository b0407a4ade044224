import { describe, expect, it } from 'vitest';
import { parseOnetOccupations } from './onet-occupations';
import { errorOf } from '@/tests/unit/parse-error';
import { onetText, rawOnetRows } from '@/tests/unit/onet-files';

const FILE = 'onet/test_occupation_data.txt';
const HEADER = 'O*NET-SOC Code\tTitle\tDescription';
const TEXT = [
  HEADER,
  '15-1211.00\tComputer Systems Analysts\tAnalyze science, engineering, business, and other data processing problems.',
  '15-1211.01\tHealth Informatics Specialists\tApply knowledge of nursing and informatics to assist in the design of health care systems.',
  '',
].join('\n');

describe('parseOnetOccupations', () => {
  it('reads code, SOC code, title and description', () => {
    const result = parseOnetOccupations(TEXT, FILE);
    expect(result.records[1]).toEqual({
      onetCode: '15-1211.01', socCode: '15-1211', title: 'Health Informatics Specialists',
      description: 'Apply knowledge of nursing and informatics to assist in the design of health care systems.', source: { file: FILE, line: 3 },
    });
    expect(result.skipped).toEqual([{ line: 1, reason: 'header' }]);
  });

  it('fails on n/a for a description, a missing column, a bad or repeated code and a truncated row', () => {
    expect(errorOf(() => parseOnetOccupations(TEXT.replace(/\tApply knowledge.*/, '\tn/a'), FILE)).message).toBe(
      `${FILE}, line 3, column 3: expected a description, found "n/a"`,
    );
    expect(errorOf(() => parseOnetOccupations(TEXT.replace('\tDescription', ''), FILE)).message).toBe(
      `${FILE}, line 1: expected a column named "Description", found "O*NET-SOC Code\\tTitle"`,
    );
    expect(errorOf(() => parseOnetOccupations(TEXT.replace('15-1211.01', '15-1211.1'), FILE)).message).toBe(
      `${FILE}, line 3, column 1: expected an O*NET-SOC code like 29-2072.00, found "15-1211.1"`,
    );
    expect(errorOf(() => parseOnetOccupations(TEXT.replace('15-1211.01', '15-1211.00'), FILE)).message).toBe(
      `${FILE}, line 3, column 1: expected an O*NET-SOC code not listed above, found "15-1211.00"`,
    );
    expect(errorOf(() => parseOnetOccupations(`${HEADER}\n15-1211.00\tComputer Systems Analysts`, FILE)).message).toBe(
      `${FILE}, line 2, column 3: expected 3 tab-separated cells, as in the header, found "no cell (the row has 2)"`,
    );
  });
});

describe('parseOnetOccupations on data/onet/occupation_data.txt', () => {
  const name = 'onet/occupation_data.txt';
  const result = parseOnetOccupations(onetText(name), name);

  it('loads every line: 1,016 occupations under 867 SOC codes, each with a .00 occupation', () => {
    expect(result.records).toHaveLength(rawOnetRows(name).length);
    expect(result.records).toHaveLength(1016);
    const soc = new Set(result.records.map((r) => r.socCode));
    expect(soc.size).toBe(867);
    expect([...soc].every((code) => result.records.some((r) => r.onetCode === `${code}.00`))).toBe(true);
  });

  it('describes 29-2072.00 Medical Records Specialists, coders included', () => {
    const records = result.records.find((r) => r.onetCode === '29-2072.00')!;
    expect(records.title).toBe('Medical Records Specialists');
    expect(records.description.endsWith('Includes medical coders.')).toBe(true);
    expect(records.description).toBe(rawOnetRows(name).find((cells) => cells[0] === '29-2072.00')![2]);
  });
});
