import { describe, expect, it } from 'vitest';
import { getDataset } from '../data/get-dataset';
import { buildLineage, continuation, getLineage, type Boundary, type LineageLink } from './lineage';
import { detectStructure, getTimelines } from './structure';
import { lineageSeries } from './series';

const B: Boundary = { id: 'soc2010-soc2018', from: 'soc2010', to: 'soc2018', file: 'soc/test.csv' };
const link = (fromCode: string, fromTitle: string, toCode: string, toTitle: string, line: number): LineageLink => ({
  boundary: B.id, fromCode, fromTitle, toCode, toTitle, source: { file: B.file, line },
});

/** One of each relation, as a crosswalk would list them. */
const SMALL = buildLineage({
  boundaries: [B],
  links: [
    link('11-1011', 'Chief Executives', '11-1011', 'Chief executives', 2),
    link('11-2031', 'Public Relations and Fundraising Managers', '11-2032', 'Public Relations Managers', 3),
    link('11-2031', 'Public Relations and Fundraising Managers', '11-2033', 'Fundraising Managers', 4),
    link('15-1131', 'Computer Programmers', '15-1251', 'Computer Programmers', 5),
    link('51-2021', 'Coil Winders', '51-2028', 'Electrical Assemblers', 6),
    link('51-2022', 'Electrical Equipment Assemblers', '51-2028', 'Electrical Assemblers', 7),
    link('29-1122', 'Occupational Therapists', '29-1122', 'Occupational Therapists, retitled', 8),
  ],
});

describe('buildLineage (inline crosswalk)', () => {
  it('calls a one-to-one link with the same code and title unchanged, whatever the case', () => {
    const c = SMALL.change('11-1011', B.id, 'forward')!;
    expect(c.relation).toBe('unchanged');
    expect(continuation(c)?.socCode).toBe('11-1011');
  });

  it('calls a one-to-one link with a new code or a new title renamed, and continues the series', () => {
    expect(SMALL.change('15-1131', B.id, 'forward')!.relation).toBe('renamed');
    expect(continuation(SMALL.change('15-1251', B.id, 'backward'))?.socCode).toBe('15-1131');
    expect(SMALL.change('29-1122', B.id, 'forward')!.relation).toBe('renamed');
  });

  it('calls one old code with several new ones split, from both sides, and breaks the series', () => {
    const forward = SMALL.change('11-2031', B.id, 'forward')!;
    expect(forward.relation).toBe('split');
    expect(forward.counterparts.map((c) => c.socCode)).toEqual(['11-2032', '11-2033']);
    expect(forward.links.map((l) => l.source.line)).toEqual([3, 4]);
    expect(continuation(forward)).toBeNull();
    const backward = SMALL.change('11-2032', B.id, 'backward')!;
    expect(backward.relation).toBe('split');
    expect(backward.counterparts.map((c) => c.socCode)).toEqual(['11-2031']);
    expect(backward.partners.map((c) => c.socCode)).toEqual(['11-2033']);
  });

  it('calls several old codes with one new one merged, naming the other old codes as partners', () => {
    const forward = SMALL.change('51-2021', B.id, 'forward')!;
    expect(forward.relation).toBe('merged');
    expect(forward.partners.map((c) => c.socCode)).toEqual(['51-2022']);
    expect(continuation(forward)).toBeNull();
    expect(SMALL.change('51-2028', B.id, 'backward')!.counterparts.map((c) => c.socCode)).toEqual(['51-2021', '51-2022']);
  });

  it('has no change for a code that is not on that side of the boundary', () => {
    expect(SMALL.change('11-2032', B.id, 'forward')).toBeNull();
    expect(SMALL.classificationsOf('11-2032')).toEqual(['soc2018']);
    expect(SMALL.classificationsOf('11-1011')).toEqual(['soc2010', 'soc2018']);
  });

  it('reads a structure from the codes that only one classification has', () => {
    expect(detectStructure(['11-1011', '11-2032'], SMALL)).toBe('soc2018');
    expect(detectStructure(['11-1011', '11-2031'], SMALL)).toBe('soc2010');
    expect(detectStructure(['11-1011'], SMALL)).toBeNull();
  });
});

describe('lineage of the shipped tables', () => {
  const dataset = getDataset();
  const lineage = getLineage(dataset);
  const rows = (from: 2000 | 2010, code: string) =>
    dataset.crosswalks.find((c) => c.fromRevision === from)!.records.filter((r) => r.fromCode === code);

  it('29-2071 splits in the 2018 SOC into 29-2072 and 29-9021, as the crosswalk rows say', () => {
    const crosswalk = rows(2010, '29-2071');
    expect(crosswalk.map((r) => r.toCode)).toEqual(['29-2072', '29-9021']);
    const change = lineage.change('29-2071', 'soc2010-soc2018', 'forward')!;
    expect(change.relation).toBe('split');
    expect(change.counterparts.map((c) => c.socCode)).toEqual(crosswalk.map((r) => r.toCode));
    expect(change.links.map((l) => l.source)).toEqual(crosswalk.map((r) => r.source));
    expect(lineage.change('29-2072', 'soc2010-soc2018', 'backward')!.partners.map((c) => c.socCode)).toEqual(['29-9021']);
  });

  it('29-2071 sits inside OEWS hybrid 29-2098 in May 2019–2020, with other health technicians', () => {
    const hybridRows = dataset.oewsHybrid!.links.filter((l) => l.oewsCode === '29-2098');
    const change = lineage.change('29-2071', 'soc2010-oewsHybrid', 'forward')!;
    expect(change.relation).toBe('merged');
    expect(change.counterparts.map((c) => c.socCode)).toEqual(['29-2098']);
    const members = [...new Set(hybridRows.map((l) => l.oes2018Code))].filter((c) => c !== '29-2071');
    expect(change.partners.map((c) => c.socCode).sort()).toEqual(members.sort());
    expect(members.length).toBeGreaterThan(0);
    expect(lineage.change('29-2098', 'oewsHybrid-soc2018', 'forward')!.counterparts.map((c) => c.socCode)).toContain('29-2072');
  });

  it('29-1111 registered nurses split in the 2010 SOC into 29-1141, 29-1151, 29-1161 and 29-1171', () => {
    const crosswalk = rows(2000, '29-1111');
    expect(crosswalk.map((r) => r.toCode)).toEqual(['29-1141', '29-1151', '29-1161', '29-1171']);
    const change = lineage.change('29-1111', 'soc2000-soc2010', 'forward')!;
    expect(change.relation).toBe('split');
    expect(change.counterparts.map((c) => c.socCode)).toEqual(crosswalk.map((r) => r.toCode));
    expect(lineage.change('29-1141', 'soc2000-soc2010', 'backward')!.relation).toBe('split');
  });

  it.each(['11-1011', '29-1051', '31-9092'])('%s is unchanged at every boundary, one crosswalk row each', (code) => {
    for (const from of [2000, 2010] as const) {
      const crosswalk = rows(from, code);
      expect(crosswalk).toHaveLength(1);
      expect(crosswalk[0]!.toCode).toBe(code);
    }
    const changes = lineage.changes(code, 'forward');
    expect(changes.map((c) => c.boundary.id)).toEqual(['soc2000-soc2010', 'soc2010-oewsHybrid', 'oewsHybrid-soc2018', 'soc2010-soc2018']);
    expect(changes.every((c) => c.relation === 'unchanged')).toBe(true);
  });

  it('11-2031 was retitled in the 2010 SOC (one to one, so renamed)', () => {
    const [row] = rows(2000, '11-2031');
    expect(row!.fromTitle).not.toBe(row!.toTitle);
    expect(lineage.change('11-2031', 'soc2000-soc2010', 'forward')!.relation).toBe('renamed');
  });

  it('reads each release and vintage’s SOC from its codes', () => {
    const { wages, projections } = getTimelines(dataset);
    const byYear = Object.fromEntries(wages.map((e) => [e.x, e.structure]));
    for (const y of [2007, 2008, 2009]) expect(byYear[y]).toBe('soc2000');
    for (const y of [2010, 2011]) expect(byYear[y]).toBe('soc2000-2010');
    for (let y = 2012; y <= 2018; y++) expect(byYear[y]).toBe('soc2010');
    for (const y of [2019, 2020]) expect(byYear[y]).toBe('oewsHybrid');
    for (let y = 2021; y <= 2024; y++) expect(byYear[y]).toBe('soc2018');
    const byVintage = Object.fromEntries(projections.map((e) => [e.label, e.structure]));
    expect(byVintage).toMatchObject({ '2008-18': 'soc2000', '2010-20': 'soc2000-2010', '2012-22': 'soc2010', '2018-28': 'soc2010', '2019-29': 'oewsHybrid', '2020-30': 'oewsHybrid', '2021-31': 'soc2018', '2024-34': 'soc2018' });
  });
});

describe('lineageSeries', () => {
  const dataset = getDataset();
  const lineage = getLineage(dataset);
  const { wages } = getTimelines(dataset);
  const years = (points: { entry: { x: number } }[]) => points.map((p) => p.entry.x);

  it('29-2071: its own series ends in May 2018; 29-2098, 29-2072 and 29-9021 are separate, with both breaks marked', () => {
    const s = lineageSeries(lineage, wages, '29-2071');
    expect(s.own).toHaveLength(1);
    expect(years(s.own[0]!.points)).toEqual([2007, 2008, 2009, 2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018]);
    expect(s.linked.map((l) => [l.points[0]!.socCode, years(l.points)[0], l.via!.relation])).toEqual([
      ['29-2098', 2019, 'merged'],
      ['29-2072', 2021, 'split'],
      ['29-9021', 2021, 'split'],
    ]);
    expect(s.breaks.map((b) => b.x)).toEqual([2018.5, 2020.5]);
  });

  it('29-1111 stays a 2000 SOC code through the May 2010–2011 mix, then breaks', () => {
    const s = lineageSeries(lineage, wages, '29-1111');
    expect(years(s.own[0]!.points)).toEqual([2007, 2008, 2009, 2010, 2011]);
    expect(s.breaks.map((b) => b.x)).toEqual([2011.5]);
    expect(s.linked.map((l) => l.points[0]!.socCode)).toEqual(['29-1141', '29-1151', '29-1161', '29-1171']);
  });

  it('continues a one-to-one renamed code: 15-1132 was 15-1031 until May 2009', () => {
    const s = lineageSeries(lineage, wages, '15-1132');
    expect(s.own).toHaveLength(1);
    expect(s.own[0]!.points.filter((p) => p.socCode === '15-1031').map((p) => p.entry.x)).toEqual([2007, 2008, 2009]);
    expect(s.breaks.map((b) => b.x)).toEqual([2018.5, 2020.5]);
  });

  it('an unchanged code is one unbroken series', () => {
    const s = lineageSeries(lineage, wages, '11-1011');
    expect(s.own).toHaveLength(1);
    expect(s.own[0]!.points).toHaveLength(wages.length);
    expect(s.breaks).toEqual([]);
    expect(s.linked).toEqual([]);
  });

  it('a hybrid code that is a 2018 SOC broad occupation goes on under that code (13-1020)', () => {
    const s = lineageSeries(lineage, wages, '13-1020');
    expect(s.own).toHaveLength(1);
    expect(years(s.own[0]!.points)).toContain(2020);
    expect(years(s.own[0]!.points)).toContain(2021);
  });
});
