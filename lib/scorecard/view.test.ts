import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { getDataset } from '@/lib/data/get-dataset';
import { majorGroupChangeChart, occupationsChangeChart } from './chart';
import { getScorecard, getVintageScorecard, scorecardEntriesFor, scorecardFor, type ScorecardRow } from './model';
import { majorGroupTable } from './group-table';
import { occupationScorecardTable, scorecardTable, sortableColumns } from './tables';
import { parseScorecardParams, readScorecardFileRequest, scorecardFileHref, scorecardHref, sortHref, viewEntries } from './view';
import { tableToCsv } from '../tables/table-csv';

const card = getScorecard(getDataset());

describe('the page URL', () => {
  it('reads vintage, group, sort and direction; the default is the latest scored vintage by code', () => {
    expect(parseScorecardParams(card, {}).view).toMatchObject({ group: null, sort: 'code', dir: 'asc', vintage: { vintage: '2014-24' } });
    const { view, notices } = parseScorecardParams(card, { vintage: '2008-18', group: '29', sort: 'error', dir: 'asc' });
    expect(notices).toEqual([]);
    expect(view).toMatchObject({ group: '29', sort: 'error', dir: 'asc', vintage: { vintage: '2008-18' } });
    expect(parseScorecardParams(card, { vintage: '2008-18', group: '29-0000' }).view.group).toBe('29');
  });

  it('names every unknown value in a notice and shows the nearest valid view', () => {
    const { view, notices } = parseScorecardParams(card, { vintage: ['2024-34', '2008-18'], group: 'x', sort: 'size', dir: 'up' });
    expect(view).toMatchObject({ group: null, sort: 'code', dir: 'asc', vintage: { vintage: '2014-24' } });
    expect(notices).toEqual([
      'Give vintage once; it was given 2 times. The first is used.',
      'Projections 2024-34 cannot be scored: no vintage in the data is based in its target year. Scored vintages: 2008-18, 2010-20, 2012-22, 2014-24. Showing 2014-24.',
      '"x" is not a SOC major group (expected two digits such as 29, or spans). Showing all groups.',
      '"size" is not a sort order (expected one of code, occupation, base, projected, actual, projected-change, actual-change, error-jobs, error, abs-error). Sorted by code.',
      '"up" is not a direction (expected asc or desc). Sorted ascending.',
    ]);
  });

  it('refuses a bad file request: 400 when malformed, 404 when well-formed but unknown', () => {
    expect(readScorecardFileRequest(card, { vintage: '2008-18' }).ok).toBe(true);
    expect(readScorecardFileRequest(card, { vintage: 'abc' })).toMatchObject({ ok: false, status: 400 });
    expect(readScorecardFileRequest(card, { vintage: '2016-26' })).toMatchObject({ ok: false, status: 404, message: expect.not.stringContaining('Showing') });
    expect(readScorecardFileRequest(card, { vintage: '2008-18', group: '98' })).toMatchObject({ ok: false, status: 404 });
  });

  it('writes canonical URLs: defaults left out, a header link flips the current direction', () => {
    const { view } = parseScorecardParams(card, { vintage: '2008-18', sort: 'error' });
    expect(scorecardHref({ vintage: '2008-18', sort: 'code', dir: 'asc' })).toBe('/scorecard?vintage=2008-18');
    expect(sortHref(view, 'error')).toBe('/scorecard?vintage=2008-18&sort=error&dir=asc');
    expect(sortHref(view, 'occupation')).toBe('/scorecard?vintage=2008-18&sort=occupation');
    expect(scorecardFileHref('scorecard.csv', { vintage: '2008-18', group: '29', sort: 'error', dir: 'desc' })).toBe('/scorecard/scorecard.csv?vintage=2008-18&group=29&sort=error');
  });
});

describe('sorting and the table', () => {
  it('sorts compared rows by the figure, and puts rows without figures last whichever the direction', () => {
    for (const dir of ['asc', 'desc'] as const) {
      const entries = viewEntries({ ...parseScorecardParams(card, { vintage: '2010-20', sort: 'error', dir }).view });
      const firstGap = entries.findIndex((e) => e.status === 'not-compared');
      expect(firstGap).toBeGreaterThan(0);
      expect(entries.slice(firstGap).every((e) => e.status === 'not-compared')).toBe(true);
      const errors = (entries.slice(0, firstGap) as ScorecardRow[]).map((e) => e.errorPct);
      expect(errors).toEqual([...errors].sort((a, b) => (dir === 'asc' ? a - b : b - a)));
    }
  });

  it('the CSV of a view has its rows in its order, with unit-carrying keys and full precision', () => {
    const { view } = parseScorecardParams(card, { vintage: '2008-18', group: '29', sort: 'abs-error', dir: 'desc' });
    const table = scorecardTable(view);
    const parsed = Papa.parse<Record<string, string>>(tableToCsv(table).replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
    expect(parsed.data.map((r) => r.soc_code)).toEqual(table.rows.map((r) => r[0]!.value));
    expect(parsed.data.find((r) => r.soc_code === '29-2071')).toMatchObject({
      occupation: 'Medical records and health information technicians',
      employment_2008_thousands: '172.5',
      projected_employment_2018_thousands: '207.6',
      'actual_employment_2018_thousands': '215.5',
      projected_change_2008_2018_percent: '20.33',
      error_thousands: '-7.9',
      'soc_code_2018-28': '29-2071',
      comparison: 'like for like (same code)',
    });
    expect(table.rows.find((r) => r[0]!.value === '29-2071')!.slice(3, 5).map((c) => c.display)).toEqual(['207,600', '215,500']);
    expect(Object.values(sortableColumns(view.vintage))).toEqual(['code', 'occupation', 'base', 'projected', 'actual', 'projected-change', 'actual-change', 'error-jobs', 'error']);
  });

  it('a row that could not be compared keeps its reason and flags its empty figures', () => {
    const { view } = parseScorecardParams(card, { vintage: '2010-20' });
    const parsed = Papa.parse<Record<string, string>>(tableToCsv(scorecardTable(view)).replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
    const gap = parsed.data.find((r) => r.soc_code === '15-1799')!;
    expect(gap).toMatchObject({ projected_employment_2020_thousands: '', projected_employment_2020_thousands_flag: 'not compared', comparison: 'not compared' });
    expect(gap.note).toContain('none of the BLS code crosswalks');
  });
});

describe('the major-group chart and its table', () => {
  it('draws the same projected and actual change per group as the table holds', () => {
    const v = card.vintages[0]!;
    const spec = majorGroupChangeChart(v);
    const table = majorGroupTable(v);
    if (spec.kind !== 'grouped-bar') throw new Error('expected a grouped bar chart');
    const health = spec.groups.find((g) => g.key === '29-0000')!;
    const row = table.rows.find((r) => r[0]!.value === '29-0000')!;
    const col = (key: string) => row[table.columns.findIndex((c) => c.key === key)]!.value;
    expect(health.values).toEqual([col('projected_change_2008_2018_percent'), col('actual_change_2008_2018_percent')]);
    expect(health.label).toBe('Healthcare practitioners and technical');
    expect(spec.series.map((s) => s.label)).toEqual(['Projected in 2008-18', 'Actual (2018-28 base year)']);
  });
});

describe('for the comparison and profile pages', () => {
  it('a comparison: the chosen codes of one vintage as projected-vs-actual bars, shared entries once', () => {
    const v = getVintageScorecard(card, '2008-18')!;
    const entries = scorecardEntriesFor(v, ['29-2071', '13-1021', '13-1022', '29-1111', '99-9999']);
    expect(entries.map((e) => e.key)).toEqual(['29-2071', '13-1021+13-1022+13-1023', '29-1111']);
    const spec = occupationsChangeChart(v, entries);
    if (spec.kind !== 'grouped-bar') throw new Error('expected a grouped bar chart');
    expect(spec.groups[0]).toMatchObject({ key: '29-2071', label: 'Medical records and health information technicians', displays: ['20.3%', '24.9%'] });
    expect(spec.groups[2]!.label).toBe('Registered nurses (not like for like)');
    expect(spec.notes.some((n) => n.startsWith('Registered nurses: Not like for like'))).toBe(true);
  });

  it('a profile: one line per scored vintage', () => {
    const table = occupationScorecardTable('29-2071', scorecardFor(card, '29-2071'));
    expect(table.rows.map((r) => [r[0]!.value, r[1]!.value, r[3]!.display, r[4]!.display])).toEqual([
      ['2008-18', '2018', '207,600', '215,500'],
      ['2010-20', '2020', '231,600', '335,000'],
      ['2012-22', '2022', '287,900', '296,300'],
      ['2014-24', '2024', '267,900', '303,700'],
    ]);
  });
});
