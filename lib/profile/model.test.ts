import { describe, expect, it } from 'vitest';
import { getDataset } from '../data/get-dataset';
import { getProfile, profileCodes } from './model';
import { projectionHistoryTable, wageHistoryTable } from './tables';
import { projectionHistoryChart, wageHistoryChart } from './charts';
import { tableToCsv } from '../tables/table-csv';

const dataset = getDataset();

describe('getProfile', () => {
  it('is null for anything but an exact code of a shipped table', () => {
    for (const raw of ['99-9999', 'not-a-code', ' 29-2071', '29-2071 ', '29-20711', '29_2071', '', '../29-2071', '２９-２０７１']) {
      expect(getProfile(dataset, raw), raw).toBeNull();
    }
  });

  it('covers every code of every release and vintage, once', () => {
    const codes = profileCodes(dataset);
    expect(new Set(codes).size).toBe(codes.length);
    for (const r of dataset.wageReleases) for (const e of r.estimates) expect(codes).toContain(e.socCode);
  });

  const p = getProfile(dataset, '29-2071')!;

  it('29-2071: the wage table has May 2008 with its published figures, then the linked codes', () => {
    const table = wageHistoryTable(p);
    const may2008 = table.rows.find((r) => r[0]!.display === 'May 2008')!;
    const cell = (key: string) => may2008[table.columns.findIndex((c) => c.key === key)]!;
    expect(cell('annual_wage_median_usd_nominal')).toEqual({ display: '$30,610', value: 30610 });
    expect(cell('employment').value).toBe(168650);
    expect(table.rows.filter((r) => r[1]!.display === '29-2071')).toHaveLength(12);
    expect(table.rows.filter((r) => r[3]!.display === 'Linked code, not comparable').map((r) => r[1]!.display)).toEqual([
      '29-2098', '29-2098', '29-2072', '29-2072', '29-2072', '29-2072', '29-9021', '29-9021', '29-9021', '29-9021',
    ]);
  });

  it('29-2072: the wage table gives the published May 2021 wages, each followed by its value in 2024 dollars to the cent', () => {
    const table = wageHistoryTable(getProfile(dataset, '29-2072')!, { kind: 'constant', baseYear: 2024 }, dataset.cpi);
    expect(table.caption).toContain('as published (nominal dollars) and in constant 2024 dollars (CPI-U)');
    const may2021 = table.rows.find((r) => r[0]!.display === 'May 2021' && r[1]!.display === '29-2072')!;
    const cell = (key: string) => may2021[table.columns.findIndex((c) => c.key === key)]!;
    // national_M2021_dl.csv, 29-2072: A_PCT10 29430, A_MEDIAN 46660, A_PCT90 74200, H_MEDIAN 22.43; CPI-U 2021 270.970, 2024 313.689.
    expect(cell('annual_wage_median_usd_nominal')).toEqual({ display: '$46,660', value: 46660 });
    expect(cell('annual_wage_median_usd_2024_dollars')).toEqual({ display: '$54,016', value: 54016.05 });
    expect(cell('annual_wage_pct10_usd_nominal').value).toBe(29430);
    expect(cell('annual_wage_pct10_usd_2024_dollars').value).toBe(34069.7);
    expect(cell('annual_wage_pct90_usd_2024_dollars').value).toBe(85897.79);
    expect(cell('hourly_wage_median_usd_nominal')).toEqual({ display: '$22.43', value: 22.43 });
    expect(cell('hourly_wage_median_usd_2024_dollars')).toEqual({ display: '$25.97', value: 25.97 });
    // Side by side: each published column is followed by its constant-dollar twin.
    const keys = table.columns.map((c) => c.key);
    expect(keys.indexOf('annual_wage_median_usd_2024_dollars')).toBe(keys.indexOf('annual_wage_median_usd_nominal') + 1);
    expect(table.columns.find((c) => c.key === 'annual_wage_median_usd_2024_dollars')!.label).toBe('Median (annual), 2024 dollars');
    // The CSV writes the cents, never the full float.
    expect(tableToCsv(table)).toContain(',46660,,54016.05,,');
    expect(tableToCsv(table)).not.toContain('34069.702');
  });

  it('29-2072 in nominal dollars: only the published columns', () => {
    const table = wageHistoryTable(getProfile(dataset, '29-2072')!, { kind: 'nominal' }, dataset.cpi);
    expect(table.columns.some((c) => c.key.endsWith('_dollars'))).toBe(false);
    expect(table.caption).toMatch(/as published \(nominal dollars\)$/);
  });

  it('29-1061 May 2008: top codes read the same way in both dollars, hourly with cents, flags to the cent', () => {
    const table = wageHistoryTable(getProfile(dataset, '29-1061')!, { kind: 'constant', baseYear: 2024 }, dataset.cpi);
    const may2008 = table.rows.find((r) => r[0]!.display === 'May 2008')!;
    const cell = (key: string) => may2008[table.columns.findIndex((c) => c.key === key)]!;
    // national_M2008_dl.csv, 29-1061: a_median and h_median are "#", the top code $166,400 / $80.00; × 313.689 / 215.303.
    expect(cell('hourly_wage_median_usd_nominal')).toEqual({ display: '≥ $80.00', value: null, flag: 'top-coded >= 80' });
    expect(cell('hourly_wage_median_usd_2024_dollars')).toEqual({ display: '≥ $116.56', value: null, flag: 'top-coded >= 116.56' });
    expect(cell('annual_wage_median_usd_nominal')).toEqual({ display: '≥ $166,400', value: null, flag: 'top-coded >= 166400' });
    expect(cell('annual_wage_median_usd_2024_dollars')).toEqual({ display: '≥ $242,439', value: null, flag: 'top-coded >= 242439.03' });
  });

  it('29-2071: the projections table holds the EP 2008-18 cells at full precision and says what openings measure', () => {
    const table = projectionHistoryTable(p);
    const row = table.rows[0]!;
    const cell = (key: string) => row[table.columns.findIndex((c) => c.key === key)]!;
    expect(cell('vintage').display).toBe('2008-18 (2008–2018)');
    expect(cell('employment_base_thousands')).toEqual({ display: '172,500', value: 172.5 });
    expect(cell('employment_target_thousands')).toEqual({ display: '207,600', value: 207.6 });
    expect(cell('change_percent')).toEqual({ display: '20.3%', value: 20.33 });
    expect(cell('openings_thousands').value).toBe(70.3);
    expect(cell('openings_measure').display).toBe('Total over 2008–18');
    expect(cell('median_annual_wage_usd').display).toBe('$30,610');
    expect(cell('education').display).toContain('Associate degree');
    expect(table.rows.map((r) => r[0]!.display.slice(0, 7))).toEqual(['2008-18', '2010-20', '2012-22', '2014-24', '2016-26', '2018-28']);
  });

  it('29-2071: the wage chart draws each segment apart and marks both breaks', () => {
    const spec = wageHistoryChart(p);
    if (spec.kind !== 'line') throw new Error('expected a line chart');
    expect(spec.series.map((s) => [s.points[0]!.x, s.dashed])).toEqual([[2007, false], [2019, true], [2021, true], [2021, true]]);
    expect(spec.breaks.map((b) => b.value)).toEqual([2018.5, 2020.5]);
    expect(spec.series[0]!.points.find((pt) => pt.x === 2008)!.y).toBe(30610);
    expect(spec.notes.join(' ')).toContain('29-2071 split into 29-2072 and 29-9021 (2018 SOC)');
    expect(spec.bands?.length).toBe(2);
  });

  it('29-2071: the projections chart has one bar per own vintage', () => {
    const spec = projectionHistoryChart(p);
    if (spec.kind !== 'bar') throw new Error('expected a bar chart');
    expect(spec.bars.map((b) => b.display)).toEqual(['20.3%', '21.0%', '22.1%', '15.4%', '13.5%', '10.7%']);
  });

  it('29-2072 tells where it came from', () => {
    const q = getProfile(dataset, '29-2072')!;
    const told = q.lineage.map((s) => [s.boundary, s.change.relation, s.change.counterparts.map((c) => c.socCode)]);
    expect(told).toEqual([
      ['oewsHybrid-soc2018', 'split', ['29-2098']],
      ['soc2010-soc2018', 'split', ['29-2071']],
    ]);
  });
});
