import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assembleDataset } from '../data/assemble';
import { readDataFiles } from '../data/get-dataset';
import { splitLine } from '@/tests/unit/raw-csv';
import { getQuickFacts } from './quick-facts';

// The latest OEWS release and EP vintage only: the quick facts read nothing else.
const dataset = assembleDataset(new Map([...readDataFiles()].filter(([file]) => file === 'oews/national_M2024_dl.csv' || file.startsWith('projections/2024-34/'))));

/** A row of a shipped CSV by its code, split without the app's reader. */
function raw(file: string, code: string): string[] {
  const line = readFileSync(new URL(`../../data/${file}`, import.meta.url), 'utf8').split(/\r?\n/).find((l) => splitLine(l).some((c) => c.trim() === code));
  if (!line) throw new Error(`${code} not in ${file}`);
  return splitLine(line);
}

describe('getQuickFacts', () => {
  it('29-2072: the figures of issue 12, from the raw cells of May 2024 and 2024-34', () => {
    const ep = raw('projections/2024-34/table_1.2.csv', '29-2072');
    expect(ep.slice(3, 16)).toEqual(['194.8', '208.6', '0.1', '0.1', '13.8', '7.1', '0.8', '14.2', '50250', 'Postsecondary nondegree award', 'None', 'None', 'OOH Content']);
    expect(raw('projections/2024-34/table_1.2.csv', '00-0000')[8]).toBe('3.1');
    const facts = getQuickFacts(dataset, '29-2072')!;
    const byKey = Object.fromEntries(facts.facts.map((f) => [f.key, f]));
    expect(byKey['median-pay']).toMatchObject({ value: '$50,250 a year', detail: '$24.16 an hour', period: 'May 2024' });
    expect(byKey['median-pay']!.source).toContain('national_M2024_dl.csv');
    expect(byKey.jobs!.source).toBe('BLS Employment Projections, Table 1.2');
    expect(byKey.outlook!.more).toEqual({ href: '/occupations/29-2072#outlook', label: 'Job outlook' });
    expect(byKey.education).toMatchObject({ label: 'Typical entry-level education', value: 'Postsecondary nondegree award', period: '2024-34' });
    expect(byKey.experience!.value).toBe('None');
    expect(byKey.training!.value).toBe('None');
    expect(byKey.jobs).toMatchObject({ value: '194,800', period: '2024' });
    expect(byKey.outlook).toMatchObject({ value: '+7.1% (much faster than average)', detail: '+13,800 jobs; all occupations: +3.1%', period: '2024-34' });
    expect(byKey.openings).toMatchObject({ label: 'Openings a year, on average', value: '14,200' });
    expect(facts.growth).toBe('much faster than average');
    expect(facts.gaps).toEqual([]);
  });

  it('OEWS hourly wage equals the raw h_median cell', () => {
    const header = raw('oews/national_M2024_dl.csv', 'OCC_CODE').map((c) => c.toLowerCase());
    const row = raw('oews/national_M2024_dl.csv', '29-1141');
    const facts = getQuickFacts(dataset, '29-1141')!;
    const pay = facts.facts.find((f) => f.key === 'median-pay')!;
    expect(pay.value).toBe(`$${Number(row[header.indexOf('a_median')]).toLocaleString('en-US')} a year`);
    expect(pay.detail).toBe(`$${Number(row[header.indexOf('h_median')]).toFixed(2)} an hour`);
  });

  it('a code of neither table has no quick facts; a retired code neither', () => {
    expect(getQuickFacts(dataset, '29-2071')).toBeNull();
    expect(getQuickFacts(dataset, '99-9999')).toBeNull();
  });
});
