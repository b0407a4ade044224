import { describe, expect, it } from 'vitest';
import { getDataset } from './data/get-dataset';
import { getProfile, profileCodes } from './profile';
import { projectionHistoryTable, wageHistoryTable } from './profile-tables';
import { projectionHistoryChart, wageHistoryChart } from './charts/profile-charts';

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
