import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitLine } from '@/tests/unit/raw-csv';
import { aboutCompareFile, aboutProfileFile } from './about-data';
import { buildComparison } from '../comparison/model';
import { compareDownloadLinks, compareFile } from '../comparison/files';
import { DATA_DIR, getDataset } from '../data/get-dataset';
import { getProfile } from '../profile/model';
import { profileDownloadLinks, profileFile } from '../profile/files';
import { NOMINAL, type Dollars } from '../dollars/real-dollars';

const ctx = { origin: 'http://localhost:3000', downloaded: new Date('2026-11-29T12:00:00Z') };
const CONSTANT_2024: Dollars = { kind: 'constant', baseYear: 2024 };

describe('about this data: the dollars of wage columns', () => {
  const dataset = getDataset();
  const profile = getProfile(dataset, '29-2071')!;
  const aboutWages = (dollars: Dollars) => {
    const file = profileFile(profile, 'wages', { dollars, cpi: dataset.cpi })!;
    return aboutProfileFile(dataset, profile, file, dollars, profileDownloadLinks('29-2071', 'wages', file.spec.title, null), ctx);
  };

  it('for a profile wage file drawn in constant dollars: the published columns, their constant-dollar twins, and how those are made', () => {
    const about = aboutWages(CONSTANT_2024);
    const meaning = (key: string) => about.columns.find((c) => c.key === key)?.meaning;
    expect(meaning('annual_wage_median_usd_nominal')).toBe('Median (annual), in U.S. dollars (nominal), as BLS published it');
    expect(meaning('annual_wage_median_usd_2024_dollars')).toBe('Median (annual), in constant 2024 U.S. dollars (CPI-U), converted here, not published by BLS');
    expect(meaning('hourly_wage_median_usd_2024_dollars')).toBe('Median (hourly), in constant 2024 U.S. dollars (CPI-U), converted here, not published by BLS');
    expect(about.footnotes.some((f) => f.includes('not adjusted for inflation'))).toBe(true);
    expect(about.footnotes.some((f) => f.startsWith('Columns labelled "2024 dollars" (keys with _2024_dollars) are the published wages in constant 2024 U.S. dollars'))).toBe(true);
  });

  it('says nominal dollars for the same file in nominal dollars', () => {
    const about = aboutWages(NOMINAL);
    expect(about.columns.find((c) => c.key === 'annual_wage_median_usd_nominal')?.meaning).toBe('Median (annual), in U.S. dollars (nominal), as BLS published it');
    expect(about.columns.some((c) => c.key.includes('_dollars')), 'no constant-dollar column').toBe(false);
    expect(about.footnotes.some((f) => f.includes('not adjusted for inflation'))).toBe(true);
    expect(about.footnotes.some((f) => f.includes('_dollars'))).toBe(false);
  });

  it('names the dollars of each release column of the comparison wage trend', () => {
    const comparison = buildComparison(dataset, { codes: ['29-2071'], vintage: '2008-18', wageYear: 2008, dollars: null });
    const file = compareFile(dataset, comparison, 'wage-trend')!;
    const about = aboutCompareFile(dataset, comparison, file, compareDownloadLinks('wage-trend', file.title, ['29-2071'], '2008-18', 2008, null), ctx);
    // By default the trend is drawn in 2024 dollars; its table gives each release as published, then in 2024 dollars.
    // 2024 is taken from the files, not from the code under test: the newest OEWS file shipped is May 2024, and
    // the CPI-U file has a 2024 annual average (column 14), which a constant-dollar default needs.
    expect(readdirSync(path.join(DATA_DIR, 'oews')).filter((f) => /^national_M\d{4}_dl\.csv$/.test(f)).sort().at(-1)).toBe('national_M2024_dl.csv');
    const cpi2024 = readFileSync(path.join(DATA_DIR, 'cpi/cpi_u_us_city_average_all_items.csv'), 'utf8').split(/\r?\n/).map(splitLine).find((c) => c[0] === '2024');
    expect(cpi2024?.[13]).toBe('313.689');
    expect(comparison.dollars).toEqual(CONSTANT_2024);
    expect(about.columns.filter((c) => /_may_2008$/.test(c.key))).toEqual([
      { key: 'median_annual_wage_usd_nominal_may_2008', meaning: 'May 2008, in U.S. dollars (nominal), as BLS published it' },
      { key: 'median_annual_wage_usd_2024_dollars_may_2008', meaning: 'May 2008, in constant 2024 U.S. dollars (CPI-U), converted here, not published by BLS' },
    ]);
    expect(about.footnotes.some((f) => f.startsWith('Columns labelled "2024 dollars"'))).toBe(true);
  });
});

describe('about this data: the wage trend\'s codes of the time and hourly-only cells', () => {
  const dataset = getDataset();
  const comparison = buildComparison(dataset, { codes: ['27-2011', '29-1211'], vintage: '2024-34', wageYear: 2024, dollars: 'nominal' });
  const file = compareFile(dataset, comparison, 'wage-trend')!;
  const about = aboutCompareFile(dataset, comparison, file, compareDownloadLinks('wage-trend', file.title, ['27-2011', '29-1211'], '2024-34', 2024, 'nominal'), ctx);

  it('explains the published_as column and the actors\' "hourly wage only" flag', () => {
    expect(about.columns.some((c) => c.key === 'published_as')).toBe(true);
    expect(about.footnotes.some((f) => f.startsWith('published_as: the code each run of releases is published under.'))).toBe(true);
    expect(about.footnotes).toContain('"hourly wage only (annual *)": BLS publishes only an hourly wage for this occupation (its file marks HOURLY TRUE and the annual wage "*"); the page shows the hourly median instead ("Hourly wage only: $… an hour").');
  });
});
