import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { majorGroupChangeChart } from './chart';
import { DATA_DIR, getDataset } from '@/lib/data/get-dataset';
import { getScorecard, getVintageScorecard, type ScorecardRow } from './model';
import { majorGroupTable } from './group-table';
import { SPANS_GROUPS } from './groups';
import { summarize, summarizeByMajorGroup } from './summary';
import { splitLine } from '@/tests/unit/raw-csv';

/**
 * The major-group figures against BLS's own group rows, read here from the raw files without
 * the app's readers: in Table 1.2 the first number after the code is the base-year employment,
 * the next the projected one, and the percent change is five cells after the base.
 */
interface RawGroupRow {
  base: number;
  target: number;
  percent: number;
}

function rawGroupRows(vintage: string): Map<string, RawGroupRow> {
  const lines = readFileSync(path.join(DATA_DIR, 'projections', vintage, 'table_1.2.csv'), 'utf8').split(/\r?\n/);
  const rows = new Map<string, RawGroupRow>();
  for (const line of lines) {
    const cells = splitLine(line).map((c) => c.trim());
    const at = cells.findIndex((c) => /^\d{2}-0000$/.test(c));
    if (at < 0 || cells[at] === '00-0000' || rows.has(cells[at]!)) continue;
    const first = cells.findIndex((c, i) => i > at && c !== '' && !Number.isNaN(Number(c.replace(/,/g, ''))));
    const num = (i: number) => Number(cells[i]!.replace(/,/g, ''));
    rows.set(cells[at]!, { base: num(first), target: num(first + 1), percent: num(first + 5) });
  }
  return rows;
}

const card = getScorecard(getDataset());

describe('every major group of every scored vintage against the group rows', () => {
  for (const v of card.vintages) {
    it(`${v.vintage} against ${v.actualVintage}`, () => {
      const projected = rawGroupRows(v.vintage);
      const later = rawGroupRows(v.actualVintage);
      expect(projected.size).toBe(22);
      expect(v.majorGroups.map((g) => g.code).sort()).toEqual([...projected.keys()].sort());
      const table = majorGroupTable(v);
      const spec = majorGroupChangeChart(v);
      if (spec.kind !== 'grouped-bar') throw new Error('expected a grouped bar chart');
      for (const g of v.majorGroups) {
        const a = projected.get(g.code)!;
        const actual = later.get(g.code)!.base;
        expect([g.employmentBase, g.projectedEmployment, g.actualEmployment], g.code).toEqual([a.base, a.target, actual]);
        expect(g.projectedChangePct, g.code).toBe(a.percent);
        expect(g.actualChangePct!, g.code).toBeCloseTo(((actual - a.base) / a.base) * 100, 9);
        // The table and the chart show the same figures.
        const row = table.rows.find((r) => r[0]!.value === g.code)!;
        expect(row.slice(2, 7).map((c) => c.value), g.code).toEqual([a.base, a.target, actual, g.projectedChangePct, g.actualChangePct]);
        const bar = spec.groups.find((x) => x.key === g.code)!;
        expect(bar.values, g.code).toEqual([g.projectedChangePct, g.actualChangePct]);
        expect(bar.label.endsWith(' †'), `${g.code}: † beside a group whose membership changed`).toBe(g.membershipNote !== null);
      }
    });
  }

  it('15-0000, 2014-24: projected 13.1%, actual +33.1% (4,068.3 thousand in 2014, 5,416.7 in 2024); management +48.6%', () => {
    const v = getVintageScorecard(card, '2014-24')!;
    const row = (code: string) => majorGroupTable(v).rows.find((r) => r[0]!.value === code)!.map((c) => c.display);
    expect(row('15-0000').slice(2, 7)).toEqual(['4,068,300', '4,599,700', '5,416,700', '13.1%', '33.1%']);
    expect(row('11-0000').slice(5, 7)).toEqual(['5.5%', '48.6%']);
  });
});

describe('membership changes between the classifications', () => {
  /** 2010 SOC code -> 2018 SOC codes, from the raw crosswalk. */
  const crosswalk = new Map<string, string[]>();
  for (const line of readFileSync(path.join(DATA_DIR, 'soc', 'soc_2010_to_2018_crosswalk.csv'), 'utf8').split(/\r?\n/)) {
    const [from, , to] = splitLine(line).map((c) => c.trim());
    if (from && to && /^\d{2}-\d{4}$/.test(from) && /^\d{2}-\d{4}$/.test(to)) crosswalk.set(from, [...(crosswalk.get(from) ?? []), to]);
  }

  it('2014-24: every code the crosswalk files in another group is named, in and out, and nothing else', () => {
    const v = getVintageScorecard(card, '2014-24')!;
    const published = new Set(readFileSync(path.join(DATA_DIR, 'projections', '2014-24', 'table_1.2.csv'), 'utf8').split(/\r?\n/).map((l) => splitLine(l)[1]?.trim() ?? ''));
    const crossing = [...crosswalk].filter(([from, to]) => published.has(from) && to.some((c) => c.slice(0, 2) !== from.slice(0, 2)));
    for (const g of v.majorGroups) {
      const group = g.code.slice(0, 2);
      const out = crossing.filter(([from]) => from.startsWith(`${group}-`)).map(([from]) => from);
      const into = crossing.filter(([from, to]) => !from.startsWith(`${group}-`) && to.some((c) => c.startsWith(`${group}-`))).map(([from]) => from);
      expect(g.movedOut.map((m) => m.socCode).sort(), `${g.code} out`).toEqual(out.sort());
      expect(g.movedIn.map((m) => m.socCode).sort(), `${g.code} in`).toEqual(into.sort());
      expect(g.membershipNote === null, g.code).toBe(out.length + into.length === 0);
    }
    const computer = v.majorGroups.find((g) => g.code === '15-0000')!;
    expect(computer.membershipNote).toBe('Membership changed between 2014-24 and 2024-34 (codes in 2018 SOC terms): moved out 15-1199 (to 13-1082); moved in 43-9011 (to 15-1299).');
    expect(majorGroupTable(v).rows.find((r) => r[0]!.value === '15-0000')!.at(-1)!.value).toBe('moved out 15-1199 (to 13-1082); moved in 43-9011 (to 15-1299)');
    expect(majorGroupTable(v).rows.find((r) => r[0]!.value === '17-0000')!.at(-1)!.value).toBe('none (as the crosswalks trace them)');
    const spec = majorGroupChangeChart(v);
    expect(spec.notes.join(' ')).toMatch(/† Membership changed between the 2010 SOC codes of 2014-24 and the 2018 SOC codes of 2024-34 in \d+ groups \([^)]*15[^)]*\)/);
  });
});

describe('entries whose codes span several major groups', () => {
  it('are shown apart on their own line, never filed under their first code', () => {
    for (const v of card.vintages) {
      for (const e of v.entries) {
        const codes = [...e.projected, ...(e.status === 'compared' ? e.actual : [])].map((o) => o.socCode.slice(0, 2));
        expect(e.majorGroup, e.key).toBe(new Set(codes).size > 1 ? SPANS_GROUPS : codes[0]);
      }
      const lines = summarizeByMajorGroup(v);
      expect(lines.reduce((n, g) => n + g.summary.occupations, 0)).toBe(v.entries.length);
      const spans = lines.at(-1)!;
      expect(spans).toMatchObject({ code: SPANS_GROUPS, figures: null });
      expect(spans.summary.occupations).toBe(v.entries.filter((e) => e.majorGroup === SPANS_GROUPS).length);
    }
    const v = getVintageScorecard(card, '2014-24')!;
    const bundle = v.entries.find((e) => e.key.startsWith('11-9199+13-1199+15-1132'))!;
    expect(bundle.majorGroup).toBe(SPANS_GROUPS);
    const spansRow = majorGroupTable(v).rows.at(-1)!;
    expect(spansRow[0]!.display).toBe('spans groups');
    expect(spansRow.slice(2, 7).every((c) => c.value === null && c.flag === 'not a major group row')).toBe(true);
  });
});

describe('how many comparisons were summed', () => {
  it('counts only entries with several codes on a side: 37 in 2008-18, 33 in 2010-20', () => {
    const summedBySide = (entries: typeof card.vintages[number]['entries']) =>
      entries.filter((e): e is ScorecardRow => e.status === 'compared' && (e.projected.length > 1 || e.actual.length > 1)).length;
    for (const v of card.vintages) expect(summarize(v.entries).summed, v.vintage).toBe(summedBySide(v.entries));
    expect(card.vintages.map((v) => [v.vintage, summarize(v.entries).summed])).toEqual([
      ['2008-18', 37],
      ['2010-20', 33],
      ['2012-22', 46],
      ['2014-24', 46],
    ]);
    // One code to one code that is still not like for like (the two cover different occupations) is not a sum.
    const s = summarize(getVintageScorecard(card, '2008-18')!.entries);
    expect(s.compared - s.likeForLike - s.summed).toBe(1);
  });
});
