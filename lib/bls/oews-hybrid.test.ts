import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseOewsHybridStructure } from './oews-hybrid';
import { errorOf } from '@/tests/unit/parse-error';

const FILE = 'soc/test_hybrid.csv';
const HEADER = 'OES 2019 Estimates Code,OES 2019 Estimates Title,2018 SOC Code ,2018 SOC Title,OES 2018 Estimates Code,OES 2018 Estimates Title,2010 SOC Code,2010 SOC Title,NOTES';

const HYBRID = [
  '"The table below shows how OES data were combined to create a ""hybrid"" structure."',
  'The first two columns show the code and title for occupations that have estimates.',
  HEADER,
  '29-1141,Registered Nurses,29-1141,Registered Nurses,29-1141,Registered Nurses,29-1141, Registered Nurses',
  '29-2098,"Medical Dosimetrists, Medical Records Specialists, and Health Technologists and Technicians, All Other",29-2072,Medical Records Specialists,29-2071,Medical Records and Health Information Technicians    ,29-2071, Medical Records and Health Information Technicians,Hybrid (code & title)',
  '',
  'Source: Bureau of Labor Statistics',
].join('\n');


describe('parseOewsHybridStructure', () => {
  it('reads each link below the explanatory lines, with clean titles and notes', () => {
    const result = parseOewsHybridStructure(HYBRID, FILE);
    expect(result.records).toEqual([
      {
        oewsCode: '29-1141', oewsTitle: 'Registered Nurses', soc2018Code: '29-1141', soc2018Title: 'Registered Nurses',
        oes2018Code: '29-1141', oes2018Title: 'Registered Nurses', soc2010Code: '29-1141', soc2010Title: 'Registered Nurses',
        note: null, source: { file: FILE, line: 4 },
      },
      {
        oewsCode: '29-2098',
        oewsTitle: 'Medical Dosimetrists, Medical Records Specialists, and Health Technologists and Technicians, All Other',
        soc2018Code: '29-2072', soc2018Title: 'Medical Records Specialists',
        oes2018Code: '29-2071', oes2018Title: 'Medical Records and Health Information Technicians',
        soc2010Code: '29-2071', soc2010Title: 'Medical Records and Health Information Technicians',
        note: 'Hybrid (code & title)', source: { file: FILE, line: 5 },
      },
    ]);
    expect(result.skipped).toEqual([
      { line: 1, reason: 'title' },
      { line: 2, reason: 'title' },
      { line: 3, reason: 'header' },
      { line: 6, reason: 'blank' },
      { line: 7, reason: 'footnote' },
    ]);
    expect(result.totalRows).toBe(7);
  });

  it('finds columns by name in any order and case, and accepts a file without NOTES', () => {
    const text = ['2010 soc code,2010 soc title,2018 soc code,2018 soc title,OEWS 2018 code,OEWS 2018 title,OEWS 2019 code,OEWS 2019 title', '29-2071,A,29-2072,B,29-2071,C,29-2098,D'].join('\n');
    expect(parseOewsHybridStructure(text, FILE).records[0]).toMatchObject({ soc2010Code: '29-2071', soc2018Code: '29-2072', oes2018Title: 'C', oewsCode: '29-2098', note: null });
  });

  it('fails without a header row', () => {
    const error = errorOf(() => parseOewsHybridStructure('Some title\n29-1141,Registered Nurses\n', FILE));
    expect(error).toMatchObject({ file: FILE, line: 1 });
    expect(error.expected).toMatch(/2018 SOC Code/);
  });

  it('fails on an unknown, repeated or missing column', () => {
    expect(errorOf(() => parseOewsHybridStructure(HEADER.replace('NOTES', 'Wage'), FILE))).toMatchObject({ line: 1, column: 9, found: 'Wage' });
    expect(errorOf(() => parseOewsHybridStructure(`${HEADER},2010 SOC Code`, FILE))).toMatchObject({ line: 1, column: 10 });
    const missing = errorOf(() => parseOewsHybridStructure(HEADER.replace('2018 SOC Title,', ''), FILE));
    expect(missing).toMatchObject({ line: 1, column: null });
    expect(missing.expected).toContain('soc2018Title');
  });

  it('fails on a malformed code, a blank title or a short row, with line and column', () => {
    expect(errorOf(() => parseOewsHybridStructure(HYBRID.replace('29-2072', '29-20'), FILE))).toMatchObject({ file: FILE, line: 5, column: 3, found: '29-20' });
    expect(errorOf(() => parseOewsHybridStructure(HYBRID.replace(',Registered Nurses,29-1141', ', ,29-1141'), FILE))).toMatchObject({ line: 4, column: 2, expected: 'an occupation title' });
    expect(errorOf(() => parseOewsHybridStructure(`${HEADER}\n29-1141,Registered Nurses,29-1141,Registered Nurses,29-1141`, FILE))).toMatchObject({ line: 2, column: 6, found: 'no cell (the row has 5)' });
  });
});

describe('parseOewsHybridStructure on data/soc/oes_2019_hybrid_structure.csv', () => {
  const name = 'soc/oes_2019_hybrid_structure.csv';
  const result = parseOewsHybridStructure(readFileSync(new URL(`../../data/${name}`, import.meta.url), 'utf8'), name);

  it('loads every link and accounts for every row', () => {
    expect(result.records).toHaveLength(868);
    expect(result.skipped.map((s) => s.reason)).toEqual(['title', 'title', 'title', 'title', 'header']);
    expect(result.records.length + result.skipped.length).toBe(result.totalRows);
    expect(new Set(result.records.map((r) => r.oewsCode)).size).toBe(790);
    expect(result.records.filter((r) => r.note !== null)).toHaveLength(191);
  });

  it('links 29-2098 to 29-2071 and the other health technicians', () => {
    const links = result.records.filter((r) => r.oewsCode === '29-2098');
    expect(links.map((r) => r.soc2018Code)).toEqual(['29-2099', '29-2072', '29-2036', '29-2099']);
    expect(links.map((r) => r.soc2010Code)).toEqual(['29-2054', '29-2071', '29-2099', '29-2099']);
    expect(links[1]?.oes2018Title).toBe('Medical Records and Health Information Technicians');
    expect(result.records.every((r) => [r.oewsTitle, r.soc2018Title, r.oes2018Title, r.soc2010Title].every((t) => t === t.trim() && !t.includes('  ')))).toBe(true);
  });
});
