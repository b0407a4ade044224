import { describe, expect, it } from 'vitest';
import { getDataset } from '../data/get-dataset';
import { buildComparison } from './model';
import { compareDownloadLinks, compareFile } from './files';
import { readCompareFileRequest } from './file-request';
import { downloadFileName } from '../http/downloads';

const dataset = getDataset();
const day = new Date(2026, 10, 29);

describe('readCompareFileRequest', () => {
  const status = (params: Record<string, string | string[]>) => {
    const read = readCompareFileRequest(dataset, params);
    return read.ok ? 200 : read.status;
  };

  it('accepts a canonical query, de-duplicating codes and keeping their order', () => {
    const read = readCompareFileRequest(dataset, { occupations: '31-9094,29-2071,31-9094', vintage: '2008-18', release: '2008' });
    expect(read.ok && [read.codes, read.vintage.vintage, read.release.year]).toEqual([['31-9094', '29-2071'], '2008-18', 2008]);
  });

  it('refuses malformed values with 400 and unknown ones with 404', () => {
    expect(status({})).toBe(400);
    expect(status({ occupations: '29-2071,2071' })).toBe(400);
    expect(status({ occupations: '29-2071', vintage: ['2008-18', '2010-20'] })).toBe(400);
    expect(status({ occupations: '29-2071', vintage: '2008' })).toBe(400);
    expect(status({ occupations: '29-2071', release: '08' })).toBe(400);
    expect(status({ occupations: Array.from({ length: 13 }, (_, i) => `29-${1000 + i}`).join(',') })).toBe(400);
    expect(status({ occupations: '99-9999' })).toBe(404);
    expect(status({ occupations: '29-2071', vintage: '1999-00' })).toBe(404);
    expect(status({ occupations: '29-2071', release: '1999' })).toBe(404);
  });
});

describe('comparison files', () => {
  const c = buildComparison(dataset, { codes: ['29-2071', '31-9094'], vintage: '2008-18', wageYear: 2008 });
  const name = (slug: Parameters<typeof compareFile>[2]) => downloadFileName(compareFile(dataset, c, slug)!.nameParts, 'csv', day);

  it('names each file by figure, codes, the vintage and/or release it shows, and the date', () => {
    expect(name('growth')).toBe('growth_29-2071_31-9094_2008-18_2026-11-29.csv');
    expect(name('median-wage')).toBe('median-wage_29-2071_31-9094_may-2008_2026-11-29.csv');
    expect(name('growth-vs-wage')).toBe('growth-vs-wage_29-2071_31-9094_2008-18_may-2008_2026-11-29.csv');
    expect(name('wage-trend')).toBe('wage-trend_29-2071_31-9094_may-2007-to-may-2024_2024-dollars_2026-11-29.csv');
    expect(name('comparison')).toBe('compare_29-2071_31-9094_2008-18_may-2008_2026-11-29.csv');
  });

  it('names a table by what it holds: the wage trend\'s CSV has the published wages and their 2024-dollar twins', () => {
    const tableName = (comparison: typeof c, slug: Parameters<typeof compareFile>[2]) => downloadFileName(compareFile(dataset, comparison, slug)!.tableNameParts, 'csv', day);
    expect(tableName(c, 'wage-trend')).toBe('wage-trend_29-2071_31-9094_may-2007-to-may-2024_nominal-and-2024-dollars_2026-11-29.csv');
    expect(tableName(c, 'growth')).toBe('growth_29-2071_31-9094_2008-18_2026-11-29.csv');
    const nominal = buildComparison(dataset, { codes: ['29-2071', '31-9094'], vintage: '2008-18', wageYear: 2008, dollars: 'nominal' });
    expect(tableName(nominal, 'wage-trend')).toBe('wage-trend_29-2071_31-9094_may-2007-to-may-2024_nominal_2026-11-29.csv');
  });

  it('the wage trend table: each release as BLS published it, then in the chart\'s constant dollars to the cent', () => {
    const table = compareFile(dataset, c, 'wage-trend')!.table;
    const row = table.rows.find((r) => r[0]!.value === '29-2071')!;
    const cell = (key: string) => row[table.columns.findIndex((col) => col.key === key)]!;
    // national_M2008_dl.csv, 29-2071 a_median 30610; × CPI-U 2024 313.689 / 2008 215.303 = 44,597.7078…
    expect(cell('median_annual_wage_usd_nominal_may_2008')).toEqual({ display: '$30,610', value: 30610 });
    expect(cell('median_annual_wage_usd_2024_dollars_may_2008')).toEqual({ display: '$44,598', value: 44597.71 });
    expect(table.columns.map((col) => col.label).slice(2, 4)).toEqual(['May 2007, as published', 'May 2007, 2024 dollars']);
    expect(cell('median_annual_wage_usd_nominal_may_2024').flag).toBe('not in this release');
    const nominal = compareFile(dataset, buildComparison(dataset, { codes: ['29-2071'], dollars: 'nominal' }), 'wage-trend')!.table;
    expect(nominal.columns.some((col) => col.key.includes('_dollars_'))).toBe(false);
  });

  it('links the CSV, the SVG and PNG attachments and the about page with the same query', () => {
    expect(compareDownloadLinks('growth', 'Growth', ['29-2071'], '2008-18', 2008)).toEqual({
      title: 'Growth',
      csv: '/compare/growth.csv?occupations=29-2071&vintage=2008-18&release=2008',
      svg: '/compare/growth.svg?occupations=29-2071&vintage=2008-18&release=2008&width=wide&download=1',
      png: '/compare/growth.png?occupations=29-2071&vintage=2008-18&release=2008&width=wide&download=1',
      about: '/about-data/compare/growth?occupations=29-2071&vintage=2008-18&release=2008',
    });
    const table = compareDownloadLinks('comparison', 'Table', ['29-2071'], '2008-18', 2008);
    expect([table.svg, table.png], 'a table has no image').toEqual([undefined, undefined]);
  });
});

describe('downloadFileName', () => {
  it('keeps names plain ASCII whatever a part holds', () => {
    expect(downloadFileName(['a b', '"x";y', 'ü'], 'svg', day)).toBe('a-b_-x-y_-_2026-11-29.svg');
  });
});

describe('the projection check of a comparison', () => {
  it('exists for a vintage whose target year has passed, with 29-2071 projected 207.6 against 215.5 thousand', () => {
    const checked = buildComparison(dataset, { codes: ['29-2071'], vintage: '2008-18', wageYear: 2008 });
    const file = compareFile(dataset, checked, 'projection-check')!;
    const row = file.table.rows[0]!;
    const col = (key: string) => row[file.table.columns.findIndex((c) => c.key === key)]!.value;
    expect(col('projected_employment_thousands')).toBe(207.6);
    expect(col('actual_employment_thousands')).toBe(215.5);
  });

  it('names a chosen summary code it leaves out (17-1010 with 2012-22) and the detailed lines under it', () => {
    const c = buildComparison(dataset, { codes: ['17-1010', '29-2071'], vintage: '2012-22', wageYear: 2012 });
    expect(c.rows[0]!.projection?.level).toBe('summary');
    const file = compareFile(dataset, c, 'projection-check')!;
    expect(file.table.rows.map((r) => r[2]!.value)).toEqual(['29-2071 + 29-9099']);
    expect(file.table.caption).toContain('summary lines left out: 17-1010');
    expect(file.spec!.notes).toContain(
      '17-1010 Architects, except naval is left out: it is a summary line of 2012-22 (a total of detailed occupations), and only detailed occupations are checked. Its detailed occupations, which can be chosen instead: 17-1011 Architects, except landscape and naval and 17-1012 Landscape architects.',
    );
  });

  it('does not exist for a vintage still running', () => {
    const open = buildComparison(dataset, { codes: ['29-2072'], vintage: '2024-34', wageYear: 2024 });
    expect(compareFile(dataset, open, 'projection-check')).toBeNull();
  });
});

describe('lineage notes', () => {
  it('name the split of 29-2071 and the hybrid code it sat in', () => {
    const c = buildComparison(dataset, { codes: ['29-2071', '31-9092'], vintage: '2008-18', wageYear: 2008 });
    expect(c.lineageNotes.join(' ')).toContain('29-2071 split into 29-2072 and 29-9021 (2018 SOC).');
    expect(c.lineageNotes.join(' ')).toContain('29-2098');
  });
});
