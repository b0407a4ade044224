import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseOnetRelated } from './onet-related';
import { errorOf } from '@/tests/unit/parse-error';

const FILE = 'onet/test_related.txt';
const HEADER = 'O*NET-SOC Code\tTitle\tRelated O*NET-SOC Code\tRelated Title\tRelatedness Tier\tIndex';

const RELATED = [
  HEADER,
  '29-2072.00\tMedical Records Specialists\t31-9094.00\tMedical Transcriptionists\tPrimary-Short\t1',
  '29-2072.00\tMedical Records Specialists\t11-3031.01\tTreasurers and Controllers\tSupplemental\t20',
  '',
].join('\n');


describe('parseOnetRelated', () => {
  it('reads tab-separated rows with SOC codes taken from the O*NET codes', () => {
    const result = parseOnetRelated(RELATED, FILE);
    expect(result.records).toEqual([
      {
        onetCode: '29-2072.00', socCode: '29-2072', title: 'Medical Records Specialists',
        relatedOnetCode: '31-9094.00', relatedSocCode: '31-9094', relatedTitle: 'Medical Transcriptionists',
        tier: 'Primary-Short', rank: 1, source: { file: FILE, line: 2 },
      },
      {
        onetCode: '29-2072.00', socCode: '29-2072', title: 'Medical Records Specialists',
        relatedOnetCode: '11-3031.01', relatedSocCode: '11-3031', relatedTitle: 'Treasurers and Controllers',
        tier: 'Supplemental', rank: 20, source: { file: FILE, line: 3 },
      },
    ]);
    expect(result.skipped).toEqual([{ line: 1, reason: 'header' }]);
    expect(result.totalRows).toBe(3);
  });

  it('keeps commas inside titles, since only tabs separate cells', () => {
    const text = `${HEADER}\n53-7121.00\tTank Car, Truck, and Ship Loaders\t53-7062.04\tRecycling and Reclamation Workers\tPrimary-Long\t7\n`;
    expect(parseOnetRelated(text, FILE).records[0]).toMatchObject({ title: 'Tank Car, Truck, and Ship Loaders', tier: 'Primary-Long', rank: 7 });
  });

  it('fails without a header or with a wrong column', () => {
    expect(errorOf(() => parseOnetRelated('29-2072.00\tMedical Records Specialists\n', FILE))).toMatchObject({ file: FILE, line: 1, column: null });
    expect(errorOf(() => parseOnetRelated(HEADER.replace('Index', 'Score'), FILE))).toMatchObject({ line: 1, column: 6, found: 'Score' });
    const missing = errorOf(() => parseOnetRelated(HEADER.replace('\tIndex', ''), FILE));
    expect(missing).toMatchObject({ line: 1, expected: 'a column named "Index"' });
  });

  it('fails on an unknown tier, with line and column', () => {
    const error = errorOf(() => parseOnetRelated(RELATED.replace('Supplemental', 'Secondary'), FILE));
    expect(error).toMatchObject({ file: FILE, line: 3, column: 5, found: 'Secondary' });
    expect(error.message).toBe(`${FILE}, line 3, column 5: expected a relatedness tier (Primary-Short, Primary-Long, Supplemental), found "Secondary"`);
  });

  it('fails on an index that is not a whole number of 1 or more', () => {
    for (const bad of ['1.5', 'x', '0', '']) {
      expect(errorOf(() => parseOnetRelated(RELATED.replace('Primary-Short\t1', `Primary-Short\t${bad}`), FILE))).toMatchObject({ line: 2, column: 6, found: bad });
    }
  });

  it('fails on a malformed code, a blank title or a short row', () => {
    expect(errorOf(() => parseOnetRelated(RELATED.replace('31-9094.00', '31-9094'), FILE))).toMatchObject({ line: 2, column: 3, found: '31-9094' });
    expect(errorOf(() => parseOnetRelated(RELATED.replace('\tMedical Transcriptionists', '\t '), FILE))).toMatchObject({ line: 2, column: 4 });
    expect(errorOf(() => parseOnetRelated(`${HEADER}\n29-2072.00\tMedical Records Specialists\t31-9094.00`, FILE))).toMatchObject({ line: 2, column: 4, found: 'no cell (the row has 3)' });
  });
});

describe('parseOnetRelated on data/onet/related_occupations.txt', () => {
  const name = 'onet/related_occupations.txt';
  const result = parseOnetRelated(readFileSync(new URL(`../../data/${name}`, import.meta.url), 'utf8'), name);

  it('loads 20 related occupations for each of 923 O*NET occupations', () => {
    expect(result.records).toHaveLength(18460);
    expect(result.skipped).toEqual([{ line: 1, reason: 'header' }]);
    expect(result.records.length + result.skipped.length).toBe(result.totalRows);
    const perOccupation = new Map<string, number>();
    for (const r of result.records) perOccupation.set(r.onetCode, (perOccupation.get(r.onetCode) ?? 0) + 1);
    expect(perOccupation.size).toBe(923);
    expect([...perOccupation.values()].every((n) => n === 20)).toBe(true);
  });

  it('ranks the occupations related to 29-2072.00 Medical Records Specialists', () => {
    const related = result.records.filter((r) => r.onetCode === '29-2072.00');
    expect(related.map((r) => r.rank)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(related.slice(0, 2).map((r) => [r.relatedSocCode, r.relatedTitle, r.tier])).toEqual([
      ['31-9094', 'Medical Transcriptionists', 'Primary-Short'],
      ['29-9021', 'Health Information Technologists and Medical Registrars', 'Primary-Short'],
    ]);
    expect(related[0]?.source).toEqual({ file: name, line: 9122 });
  });
});
