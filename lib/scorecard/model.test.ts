import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_DIR, getDataset } from '@/lib/data/get-dataset';
import { getScorecard, getVintageScorecard, scorecardFor, type ScorecardEntry, type ScorecardRow } from './model';
import { summarize, summarizeByMajorGroup, summarizeByVintage } from './summary';
import { splitLine } from '@/tests/unit/raw-csv';

/** The cells of the raw Table 1.2 line that carries `code`, split without the app's CSV reader. */
function rawCells(vintage: string, code: string): string[] {
  const lines = readFileSync(path.join(DATA_DIR, 'projections', vintage, 'table_1.2.csv'), 'utf8').split(/\r?\n/);
  const line = lines.find((l) => splitLine(l).some((c) => c.trim() === code));
  if (!line) throw new Error(`${code} not in ${vintage} Table 1.2`);
  return splitLine(line);
}


// Column positions in each Table 1.2 (title, code, [occupation type,] base, target, …, percent change).
const COLUMNS: Record<string, { base: number; target: number; percent: number }> = {
  '2008-18': { base: 2, target: 3, percent: 7 },
  '2012-22': { base: 2, target: 3, percent: 7 },
  '2014-24': { base: 3, target: 4, percent: 8 },
  '2018-28': { base: 3, target: 4, percent: 8 },
  '2022-32': { base: 3, target: 4, percent: 8 },
  '2024-34': { base: 3, target: 4, percent: 8 },
};
const raw = (vintage: string, code: string, field: 'base' | 'target' | 'percent'): number => Number(rawCells(vintage, code)[COLUMNS[vintage]![field]]!.trim());

/** The same cells, each file split once (for checks over every line of a table). */
const rawByCode = new Map<string, Map<string, string[]>>();
function rawCached(vintage: string, code: string, field: 'base' | 'target'): number {
  let byCode = rawByCode.get(vintage);
  if (!byCode) {
    byCode = new Map();
    for (const line of readFileSync(path.join(DATA_DIR, 'projections', vintage, 'table_1.2.csv'), 'utf8').split(/\r?\n/)) {
      const cells = splitLine(line);
      const c = (cells[1] ?? '').trim();
      if (/^\d\d-\d{4}$/.test(c) && !byCode.has(c)) byCode.set(c, cells);
    }
    rawByCode.set(vintage, byCode);
  }
  const cells = byCode.get(code);
  if (!cells) throw new Error(`${code} not in ${vintage} Table 1.2`);
  return Number(cells[COLUMNS[vintage]![field]]!.trim());
}

const card = getScorecard(getDataset());

function compared(vintage: string, code: string): ScorecardRow {
  const entry = getVintageScorecard(card, vintage)!.entries.find((e) => e.projected.some((p) => p.socCode === code));
  if (entry?.status !== 'compared') throw new Error(`${code} ${vintage}: ${entry ? entry.reason : 'no entry'}`);
  return entry;
}

/** Projected (earlier vintage, target year) against actual (later vintage, base year), from the raw cells. */
function expectAgainstCells(row: ScorecardRow, projectedCodes: string[], actualCodes: string[]): void {
  const [a, b] = [row.vintage, row.actualVintage];
  const sum = (xs: number[]) => Math.round(xs.reduce((s, x) => s + x, 0) * 10) / 10;
  const base = sum(projectedCodes.map((c) => raw(a, c, 'base')));
  const projected = sum(projectedCodes.map((c) => raw(a, c, 'target')));
  const actual = sum(actualCodes.map((c) => raw(b, c, 'base')));
  expect(row.projected.map((p) => p.socCode)).toEqual(projectedCodes);
  expect(row.actual.map((p) => p.socCode)).toEqual(actualCodes);
  expect(row.employmentBase).toBe(base);
  expect(row.projectedEmployment).toBe(projected);
  expect(row.actualEmployment).toBe(actual);
  expect(row.errorThousands).toBeCloseTo(projected - actual, 6);
  expect(row.errorPct).toBeCloseTo(((projected - actual) / actual) * 100, 9);
  expect(row.actualChangePct).toBeCloseTo(((actual - base) / base) * 100, 9);
  if (projectedCodes.length === 1) expect(row.projectedChangePct).toBe(raw(a, projectedCodes[0]!, 'percent'));
  else expect(row.projectedChangePct).toBeCloseTo(((projected - base) / base) * 100, 9);
}

describe('which vintages are scored', () => {
  it('pairs each vintage whose target year has passed with the vintage based in that year', () => {
    expect(card.vintages.map((v) => [v.vintage, v.actualVintage])).toEqual([
      ['2008-18', '2018-28'],
      ['2010-20', '2020-30'],
      ['2012-22', '2022-32'],
      ['2014-24', '2024-34'],
    ]);
  });
});

describe('occupations against the Table 1.2 cells', () => {
  it('29-2071, 2008-18: projected 207.6 thousand in 2018, actual 215.5 in the 2018-28 base year', () => {
    const row = compared('2008-18', '29-2071');
    expectAgainstCells(row, ['29-2071'], ['29-2071']);
    expect(row.projectedEmployment).toBe(207.6);
    expect(row.actualEmployment).toBe(215.5);
    expect(row.projectedChangePct).toBe(20.33);
    expect(row.errorPct).toBeCloseTo(((207.6 - 215.5) / 215.5) * 100, 9);
    expect(row).toMatchObject({ comparability: 'same-code', likeForLike: true, note: null });
    expect(row.projected[0]!.source).toEqual({ file: 'projections/2008-18/table_1.2.csv', line: 392 });
    expect(row.actual[0]!.source).toEqual({ file: 'projections/2018-28/table_1.2.csv', line: 454 });
  });

  it('31-9092 medical assistants, 2014-24 against 2024-34', () => {
    const row = compared('2014-24', '31-9092');
    expectAgainstCells(row, ['31-9092'], ['31-9092']);
    expect(row.likeForLike).toBe(true);
  });

  it('11-9111 medical and health services managers, 2012-22 against 2022-32', () => {
    const row = compared('2012-22', '11-9111');
    expectAgainstCells(row, ['11-9111'], ['11-9111']);
    expect(row.likeForLike).toBe(true);
  });

  it('15-1031 (2000 SOC) continues one to one as 15-1132 in 2018-28: comparable, with a note', () => {
    const row = compared('2008-18', '15-1031');
    expectAgainstCells(row, ['15-1031'], ['15-1132']);
    expect(row).toMatchObject({ comparability: 'renamed', likeForLike: true });
    expect(row.note).toContain('15-1132');
  });
});

describe('split and merged codes', () => {
  it('29-1111 registered nurses (2000 SOC) split in 2010: the actual is the sum of its four successors', () => {
    const row = compared('2008-18', '29-1111');
    expectAgainstCells(row, ['29-1111'], ['29-1141', '29-1151', '29-1161', '29-1171']);
    expect(row).toMatchObject({ comparability: 'split', likeForLike: false });
    expect(row.note).toMatch(/^Not like for like: 29-1111 \(2008-18\) corresponds to 4 occupations in 2018-28/);
  });

  it('three 2008-18 buyer codes, combined as 13-1020 in 2018-28: their projections are summed', () => {
    const row = compared('2008-18', '13-1021');
    expectAgainstCells(row, ['13-1021', '13-1022', '13-1023'], ['13-1020']);
    expect(row).toMatchObject({ key: '13-1021+13-1022+13-1023', comparability: 'merged', likeForLike: false });
    // One entry for the group: each code is in exactly one entry of the vintage.
    const codes = getVintageScorecard(card, '2008-18')!.entries.flatMap((e) => e.projected.map((p) => p.socCode));
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('29-2071, 2012-22: split in the 2018 SOC, so it is compared together with the code that shares its successors', () => {
    const row = compared('2012-22', '29-2071');
    expectAgainstCells(row, ['29-2071', '29-9099'], ['29-2072', '29-9021', '29-9093', '29-9099']);
    expect(row).toMatchObject({ comparability: 'regrouped', likeForLike: false });
  });

  it('an Employment Projections code in no crosswalk is not compared, with the reason', () => {
    const entry = getVintageScorecard(card, '2010-20')!.entries.find((e) => e.key === '15-1799')!;
    expect(entry.status).toBe('not-compared');
    expect(entry.status === 'not-compared' && entry.reason).toContain('none of the BLS code crosswalks');
  });

  it('finds every entry that projects or counts a code, across vintages', () => {
    expect(scorecardFor(card, '29-2071').map((e) => e.vintage)).toEqual(['2008-18', '2010-20', '2012-22', '2014-24']);
    expect(scorecardFor(card, '29-1171').map((e) => e.key)).toEqual(['29-1111', '29-1111', '29-1171', '29-1171']);
  });
});

describe('summaries', () => {
  const rows = (entries: ScorecardEntry[]) => entries.filter((e): e is ScorecardRow => e.status === 'compared');

  it('by vintage: counts and mean/median absolute percent error over the compared entries', () => {
    const v = getVintageScorecard(card, '2008-18')!;
    const s = summarize(v.entries);
    // Each compared entry's error from the raw Table 1.2 cells of its codes (2008-18 target, 2018-28 base),
    // not from the scorecard's own numbers: summed like expectAgainstCells, to a tenth of a thousand.
    const sum = (xs: number[]) => Math.round(xs.reduce((t, x) => t + x, 0) * 10) / 10;
    const abs = rows(v.entries).map((r) => {
      const projected = sum(r.projected.map((p) => rawCached('2008-18', p.socCode, 'target')));
      const actual = sum(r.actual.map((p) => rawCached('2018-28', p.socCode, 'base')));
      return Math.abs(((projected - actual) / actual) * 100);
    }).sort((x, y) => x - y);
    expect(abs.length).toBeGreaterThan(500);
    expect(s.compared).toBe(abs.length);
    expect(s.compared + s.notCompared).toBe(v.entries.length);
    expect(s.meanAbsErrorPct).toBeCloseTo(abs.reduce((t, x) => t + x, 0) / abs.length, 9);
    expect(s.withinTenPctShare).toBeCloseTo((abs.filter((x) => x <= 10).length / abs.length) * 100, 9);
    const mid = abs.length / 2;
    expect(s.medianAbsErrorPct).toBeCloseTo(abs.length % 2 ? abs[Math.floor(mid)]! : (abs[mid - 1]! + abs[mid]!) / 2, 9);
    expect(summarizeByVintage(card).map((x) => x.summary.compared)).toEqual(card.vintages.map((x) => rows(x.entries).length));
  });

  it('by major group: named from the xx-0000 summary row of the projections', () => {
    const v = getVintageScorecard(card, '2008-18')!;
    const health = summarizeByMajorGroup(v).find((g) => g.code === '29-0000')!;
    expect(health.title).toBe(rawCells('2008-18', '29-0000')[0]!.trim());
    expect(health.summary.occupations).toBe(v.entries.filter((e) => e.majorGroup === '29').length);
    const like = summarizeByMajorGroup(v, { likeForLikeOnly: true }).find((g) => g.code === '29-0000')!;
    expect(like.summary.compared).toBe(health.summary.likeForLike);
  });

  it('all occupations: the 00-0000 totals of both tables', () => {
    const v = getVintageScorecard(card, '2008-18')!;
    expect(v.total).toEqual({ employmentBase: raw('2008-18', '00-0000', 'base'), projected: raw('2008-18', '00-0000', 'target'), actual: raw('2018-28', '00-0000', 'base') });
  });
});
