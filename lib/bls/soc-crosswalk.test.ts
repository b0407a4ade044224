import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSocCrosswalk } from './soc-crosswalk';
import { errorOf } from '@/tests/unit/parse-error';

const FILE = 'soc/test_crosswalk.csv';

const CROSSWALK_2010_2018 = [
  'U.S. Bureau of Labor Statistics',
  'November 2017',
  '',
  '2010 SOC Code,2010 SOC Title,2018 SOC Code,2018 SOC Title',
  '11-2031,Public Relations and Fundraising Managers (#),11-2032,Public Relations Managers',
  '11-2031,Public Relations and Fundraising Managers (#),11-2033,Fundraising Managers',
  '',
  '29-2071 ,"Medical Records and Health Information Technicians  (##)",29-2072,Medical Records Specialists',
  'Note: (#) marks a code that was split.',
].join('\n');


describe('parseSocCrosswalk', () => {
  it('reads links below the title lines, with revisions from the header and markers stripped', () => {
    const result = parseSocCrosswalk(CROSSWALK_2010_2018, FILE);
    expect(result.fromRevision).toBe(2010);
    expect(result.toRevision).toBe(2018);
    expect(result.records).toHaveLength(3);
    expect(result.records[2]).toEqual({
      fromCode: '29-2071',
      fromTitle: 'Medical Records and Health Information Technicians',
      toCode: '29-2072',
      toTitle: 'Medical Records Specialists',
      fromRevision: 2010,
      toRevision: 2018,
      source: { file: FILE, line: 8 },
    });
    expect(result.records.map((r) => r.toCode)).toEqual(['11-2032', '11-2033', '29-2072']);
    expect(result.skipped).toEqual([
      { line: 1, reason: 'title' },
      { line: 2, reason: 'title' },
      { line: 3, reason: 'blank' },
      { line: 4, reason: 'header' },
      { line: 7, reason: 'blank' },
      { line: 9, reason: 'footnote' },
    ]);
    expect(result.records.length + result.skipped.length).toBe(result.totalRows);
  });

  it('takes the older year as the from side whatever the column order, and strips * markers', () => {
    const text = ['2010 soc title,2010 SOC code,2000 SOC Title,2000 SOC Code', 'Electricians,47-2111,Electricians*  ,47-2111 '].join('\n');
    const result = parseSocCrosswalk(text, FILE);
    expect(result.fromRevision).toBe(2000);
    expect(result.records[0]).toMatchObject({ fromCode: '47-2111', fromTitle: 'Electricians', toCode: '47-2111', toTitle: 'Electricians', fromRevision: 2000, toRevision: 2010 });
  });

  it('fails without a header row', () => {
    const error = errorOf(() => parseSocCrosswalk('11-1011,Chief Executives,11-1011,Chief Executives\n', FILE));
    expect(error).toMatchObject({ file: FILE, line: 1 });
    expect(error.expected).toMatch(/SOC code/);
    expect(error.message).toContain(FILE);
  });

  it('fails on a header without a year or on an unsupported pair of revisions', () => {
    expect(errorOf(() => parseSocCrosswalk('SOC code,2000 SOC title,2010 SOC code,2010 SOC title\n', FILE))).toMatchObject({ line: 1, column: 1, found: 'SOC code' });
    expect(errorOf(() => parseSocCrosswalk('x\n2000 SOC code,2000 SOC title,2018 SOC code,2018 SOC title\n', FILE))).toMatchObject({ line: 2, column: 3, found: '2000 to 2018 SOC' });
    expect(errorOf(() => parseSocCrosswalk('2000 SOC code,2000 SOC title,2010 SOC code,2018 SOC title\n', FILE))).toMatchObject({ line: 1 });
  });

  it('fails on a malformed code, with its line and column', () => {
    const text = CROSSWALK_2010_2018.replace('11-2033', '11-203');
    expect(errorOf(() => parseSocCrosswalk(text, FILE))).toMatchObject({ file: FILE, line: 6, column: 3, expected: 'an occupation code like 29-2071', found: '11-203' });
  });

  it('fails on a missing title or a truncated row', () => {
    const header = '2010 SOC Code,2010 SOC Title,2018 SOC Code,2018 SOC Title';
    expect(errorOf(() => parseSocCrosswalk(`${header}\n11-1011, (#),11-1011,Chief Executives`, FILE))).toMatchObject({ line: 2, column: 2, expected: 'an occupation title' });
    expect(errorOf(() => parseSocCrosswalk(`${header}\n11-1011,Chief Executives,11-1011`, FILE))).toMatchObject({ line: 2, column: 4, found: 'no cell (the row has 3)' });
  });

  it('fails on a text row before the first link instead of skipping it', () => {
    const text = '2010 SOC Code,2010 SOC Title,2018 SOC Code,2018 SOC Title\nManagement occupations,,,\n';
    expect(errorOf(() => parseSocCrosswalk(text, FILE))).toMatchObject({ line: 2, column: 1, found: 'Management occupations' });
  });
});

describe('parseSocCrosswalk on data/soc', () => {
  const read = (name: string) => parseSocCrosswalk(readFileSync(new URL(`../../data/soc/${name}`, import.meta.url), 'utf8'), `soc/${name}`);

  it('loads every link of the 2000 to 2010 crosswalk', () => {
    const result = read('soc_2000_to_2010_crosswalk.csv');
    expect([result.fromRevision, result.toRevision]).toEqual([2000, 2010]);
    expect(result.records).toHaveLength(860);
    expect(result.skipped.map((s) => s.reason)).toEqual(['title', 'title', 'title', 'title', 'header']);
    expect(result.records.length + result.skipped.length).toBe(result.totalRows);
    expect(result.records.filter((r) => r.fromCode === '29-1111').map((r) => r.toCode)).toEqual(['29-1141', '29-1151', '29-1161', '29-1171']);
    expect(result.records.filter((r) => r.fromCode === '47-2111').map((r) => [r.toCode, r.toTitle])).toEqual([
      ['47-2111', 'Electricians'],
      ['47-2231', 'Solar Photovoltaic Installers'],
    ]);
    expect(result.records.every((r) => !/[*#]|\s$/.test(r.fromTitle + r.toTitle))).toBe(true);
  });

  it('loads every link of the 2010 to 2018 crosswalk', () => {
    const result = read('soc_2010_to_2018_crosswalk.csv');
    expect([result.fromRevision, result.toRevision]).toEqual([2010, 2018]);
    expect(result.records).toHaveLength(900);
    expect(result.records.length + result.skipped.length).toBe(result.totalRows);
    const medicalRecords = result.records.filter((r) => r.fromCode === '29-2071');
    expect(medicalRecords.map((r) => r.toCode).sort()).toEqual(['29-2072', '29-9021']);
    expect(medicalRecords[0]?.fromTitle).toBe('Medical Records and Health Information Technicians');
  });
});
