import { describe, expect, it } from 'vitest';
import { aboutCompareFile, aboutProfileFile } from './about-data';
import { buildComparison } from './comparison';
import { compareDownloadLinks, compareFile } from './compare-downloads';
import { getDataset } from './data/get-dataset';
import { getProfile } from './profile';
import { profileDownloadLinks, profileFile } from './profile-downloads';
import { NOMINAL, type Dollars } from './real-dollars';

const ctx = { origin: 'http://localhost:3000', downloaded: new Date('2026-11-29T12:00:00Z') };
const CONSTANT_2024: Dollars = { kind: 'constant', baseYear: 2024 };

describe('about this data: the dollars of wage columns', () => {
  const dataset = getDataset();
  const profile = getProfile(dataset, '29-2071')!;
  const aboutWages = (dollars: Dollars) => {
    const file = profileFile(profile, 'wages', { dollars, cpi: dataset.cpi })!;
    return aboutProfileFile(dataset, profile, file, dollars, profileDownloadLinks('29-2071', 'wages', file.spec.title, null), ctx);
  };

  it('says constant dollars, and how they are made, for a profile wage file in constant dollars', () => {
    const about = aboutWages(CONSTANT_2024);
    const median = about.columns.find((c) => c.key === 'annual_wage_median_usd_2024_dollars');
    expect(median?.meaning).toBe('Median, in constant 2024 U.S. dollars (CPI-U)');
    expect(about.footnotes.some((f) => f.startsWith('Wages are in constant 2024 U.S. dollars'))).toBe(true);
    expect(about.footnotes.some((f) => f.includes('not adjusted for inflation'))).toBe(false);
  });

  it('says nominal dollars for the same file in nominal dollars', () => {
    const about = aboutWages(NOMINAL);
    expect(about.columns.find((c) => c.key === 'annual_wage_median_usd_nominal')?.meaning).toBe('Median, in U.S. dollars (nominal)');
    expect(about.footnotes.some((f) => f.includes('not adjusted for inflation'))).toBe(true);
  });

  it('names the dollars of each release column of the comparison wage trend', () => {
    const comparison = buildComparison(dataset, { codes: ['29-2071'], vintage: '2008-18', wageYear: 2008, dollars: null });
    const file = compareFile(dataset, comparison, 'wage-trend')!;
    const about = aboutCompareFile(dataset, comparison, file, compareDownloadLinks('wage-trend', file.title, ['29-2071'], '2008-18', 2008, null), ctx);
    const may2008 = about.columns.find((c) => /_may_2008$/.test(c.key));
    expect(may2008?.meaning).toBe(`May 2008, in constant ${comparison.dollars.kind === 'constant' ? comparison.dollars.baseYear : ''} U.S. dollars (CPI-U)`);
    expect(about.footnotes.some((f) => f.startsWith('Wages are in constant'))).toBe(true);
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
