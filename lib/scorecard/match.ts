import type { ProjectionVintage } from '../data/assemble';
import type { Projection } from '../bls/projection-merge';
import { CLASSIFICATION_LABEL, type Classification } from '../lineage/lineage';
import { STRUCTURE_LABEL, type TimelineEntry } from '../lineage/structure';
import type { Comparability, Coverage, EntryBase, ScoredOccupation, ScorecardEntry, ScorecardGap, VintageScorecard } from './types';
import type { CodeMapper } from './codes';
import { describeCodes, describeComparability } from './notes';
import { ALL_OCCUPATIONS, findProjection } from '../data/occupations';
import { epSource } from '../tables/sources';
import { roundHalfAwayFromZero } from '../tables/format';
import { valueOf } from '../tables/estimates';
import { groupOfCodes, majorGroupFigures } from './groups';

/**
 * Matching the detailed occupations of two vintages: each code of the earlier one is carried
 * to the later one's codes (lib/scorecard/codes.ts), and codes whose footprints overlap form
 * one comparison, summed on both sides where codes split, merged or were regrouped.
 */

/** The classification both vintages' codes are carried to: the later one's. */
function targetOf(entry: TimelineEntry): Classification | null {
  const s = entry.structure;
  return s === 'soc2000-2010' ? 'soc2010' : s;
}

export function scoreVintage(a: ProjectionVintage, b: ProjectionVintage, ea: TimelineEntry, eb: TimelineEntry, mapper: CodeMapper): VintageScorecard {
  // The later vintage's codes: the earlier one's are carried forward to them, never back.
  const target = targetOf(eb);
  const rowsA = a.projections.filter((p) => p.level === 'detailed');
  const rowsB = b.projections.filter((p) => p.level === 'detailed');
  const fp = (entry: TimelineEntry, code: string) => (target ? mapper.footprint(entry, code, target) : null);
  const fpA = new Map(rowsA.map((p) => [p.socCode, fp(ea, p.socCode)]));
  const fpB = new Map(rowsB.map((p) => [p.socCode, fp(eb, p.socCode)]));
  const atomsToB = invert(fpB);
  const atomsToA = invert(fpA);
  const byCodeB = new Map(rowsB.map((p) => [p.socCode, p]));
  const seen = new Set<string>();
  const entries: ScorecardEntry[] = [];
  const context = { a, b, targetLabel: target ? CLASSIFICATION_LABEL[target] : 'a common code list' };
  for (const p of rowsA) {
    if (seen.has(p.socCode)) continue;
    const own = fpA.get(p.socCode) ?? null;
    if (!own) {
      seen.add(p.socCode);
      const same = byCodeB.get(p.socCode);
      // A code no linking table knows (an EP-only line) is compared only where the later vintage publishes the same code, also unlinked.
      if (same && !fpB.get(p.socCode)) entries.push(compare([p], [same], { exact: false, unlinked: true, onlyA: [], onlyB: [], label: '' }, context));
      else entries.push(gap([p], `${p.socCode} is in none of the BLS code crosswalks (it is an Employment Projections code of ${a.vintage}), so what it became in ${b.vintage} cannot be traced.`, context));
      continue;
    }
    // The group of codes on both sides whose footprints overlap: one code, or a split/merge/regroup.
    const groupA = new Set([p.socCode]);
    const groupB = new Set<string>();
    const queue: { side: 'a' | 'b'; code: string }[] = [{ side: 'a', code: p.socCode }];
    for (let next = queue.shift(); next; next = queue.shift()) {
      const [atoms, otherSide, into] = next.side === 'a' ? [fpA.get(next.code), atomsToB, groupB] : [fpB.get(next.code), atomsToA, groupA];
      for (const atom of atoms ?? []) {
        for (const other of otherSide.get(atom) ?? []) {
          if (into.has(other)) continue;
          into.add(other);
          queue.push({ side: next.side === 'a' ? 'b' : 'a', code: other });
        }
      }
    }
    groupA.forEach((c) => seen.add(c));
    const sideA = rowsA.filter((r) => groupA.has(r.socCode));
    const sideB = rowsB.filter((r) => groupB.has(r.socCode));
    if (sideB.length === 0) {
      entries.push(gap(sideA, `No occupation in ${b.vintage} covers what ${describeCodes(sideA.map(ref))} became (in the ${context.targetLabel}: ${own.join(', ')}).`, context));
      continue;
    }
    entries.push(compare(sideA, sideB, coverage(sideA, sideB, ea, eb, fpA, fpB, mapper), context));
  }
  return {
    vintage: a.vintage,
    actualVintage: b.vintage,
    baseYear: a.baseYear,
    targetYear: a.targetYear,
    projectionCodes: ea.structure ? STRUCTURE_LABEL[ea.structure] : 'codes of no known structure',
    actualCodes: eb.structure ? STRUCTURE_LABEL[eb.structure] : 'codes of no known structure',
    projectionSource: epSource(a),
    actualSource: epSource(b),
    majorGroups: majorGroupFigures({ a, b, targetLabel: context.targetLabel, footprints: fpA }),
    total: totalOf(a, b),
    entries,
  };
}

interface Context {
  a: ProjectionVintage;
  b: ProjectionVintage;
  targetLabel: string;
}

/**
 * Compared in the later vintage's codes, and again in the 2018 SOC: a group can match in
 * hybrid codes (29-2098) yet differ in the occupations it holds.
 */
function coverage(sideA: Projection[], sideB: Projection[], ea: TimelineEntry, eb: TimelineEntry, fpA: Map<string, string[] | null>, fpB: Map<string, string[] | null>, mapper: CodeMapper): Coverage {
  const check = (a: (string[] | null | undefined)[], b: (string[] | null | undefined)[], label: string): Coverage | null => {
    const ca = coverOf(a);
    const cb = coverOf(b);
    if (!ca || !cb) return null;
    const onlyA = ca.filter((x) => !cb.includes(x));
    const onlyB = cb.filter((x) => !ca.includes(x));
    return { exact: onlyA.length === 0 && onlyB.length === 0, unlinked: false, onlyA, onlyB, label };
  };
  const target = targetOf(eb);
  const coarse = check(sideA.map((r) => fpA.get(r.socCode)), sideB.map((r) => fpB.get(r.socCode)), target ? CLASSIFICATION_LABEL[target] : '');
  if (!coarse || !coarse.exact || target === 'soc2018') return coarse ?? { exact: false, unlinked: false, onlyA: [], onlyB: [], label: '' };
  const fine = check(sideA.map((r) => mapper.footprint(ea, r.socCode, 'soc2018')), sideB.map((r) => mapper.footprint(eb, r.socCode, 'soc2018')), CLASSIFICATION_LABEL.soc2018);
  return fine ?? coarse;
}

function compare(sideA: Projection[], sideB: Projection[], cover: Coverage, c: Context): ScorecardEntry {
  const base = sum(sideA.map((p) => p.employmentBase));
  const projected = sum(sideA.map((p) => p.employmentTarget));
  const actual = sum(sideB.map((p) => p.employmentBase));
  const missing = [...sideA.flatMap((p) => (valueOf(p.employmentBase) == null ? [`${p.socCode} employment ${c.a.baseYear} (${c.a.vintage})`] : [])),
    ...sideA.flatMap((p) => (valueOf(p.employmentTarget) == null ? [`${p.socCode} projected employment ${c.a.targetYear} (${c.a.vintage})`] : [])),
    ...sideB.flatMap((p) => (valueOf(p.employmentBase) == null ? [`${p.socCode} employment ${c.b.baseYear} (${c.b.vintage})`] : []))];
  if (missing.length || base == null || projected == null || actual == null) return gap(sideA, `BLS publishes no figure for ${missing.join('; ')}.`, c);
  if (base === 0 || actual === 0) return gap(sideA, `Employment rounds to zero thousand (${base === 0 ? `${c.a.baseYear}` : `${c.b.baseYear}`}), so a percent cannot be computed.`, c);
  const comparability: Comparability =
    sideA.length === 1 && sideB.length === 1 ? (sideA[0]!.socCode === sideB[0]!.socCode ? 'same-code' : 'renamed') : sideA.length === 1 ? 'split' : sideB.length === 1 ? 'merged' : 'regrouped';
  const published = sideA.length === 1 ? valueOf(sideA[0]!.changePercent) : null;
  return {
    status: 'compared',
    ...entryBase(sideA, c, sideB),
    actual: sideB.map(ref),
    comparability,
    likeForLike: (comparability === 'same-code' || comparability === 'renamed') && (cover.exact || cover.unlinked),
    note: describeComparability({ comparability, sideA: sideA.map(ref), sideB: sideB.map(ref), a: c.a.vintage, b: c.b.vintage, cover }),
    employmentBase: base,
    projectedEmployment: projected,
    actualEmployment: actual,
    projectedChangePct: published ?? ((projected - base) / base) * 100,
    actualChangePct: ((actual - base) / base) * 100,
    errorThousands: roundHalfAwayFromZero(projected - actual, 1),
    errorPct: ((projected - actual) / actual) * 100,
  };
}

function gap(sideA: Projection[], reason: string, c: Context): ScorecardGap {
  return { status: 'not-compared', ...entryBase(sideA, c), reason };
}

/** What every entry says of its projected side, compared or not (`sideB`: the codes it is counted as). */
function entryBase(sideA: Projection[], c: Context, sideB: Projection[] = []): EntryBase {
  return {
    key: sideA.map((p) => p.socCode).join('+'),
    vintage: c.a.vintage,
    actualVintage: c.b.vintage,
    targetYear: c.a.targetYear,
    majorGroup: groupOfCodes([...sideA, ...sideB].map((p) => p.socCode)),
    title: sideA.map((p) => p.title.trim()).join('; '),
    projected: sideA.map(ref),
  };
}

function totalOf(a: ProjectionVintage, b: ProjectionVintage): VintageScorecard['total'] {
  const pa = findProjection(a, ALL_OCCUPATIONS);
  const pb = findProjection(b, ALL_OCCUPATIONS);
  const base = pa ? valueOf(pa.employmentBase) : null;
  const projected = pa ? valueOf(pa.employmentTarget) : null;
  const actual = pb ? valueOf(pb.employmentBase) : null;
  return base != null && projected != null && actual != null ? { employmentBase: base, projected, actual } : null;
}

const ref = (p: Projection): ScoredOccupation => ({ socCode: p.socCode, title: p.title.trim(), source: p.source });

/** Sums of figures published to 0.1 thousand, kept at that precision (no 0.30000000000000004). */
function sum(estimates: Projection['employmentBase'][]): number | null {
  const values = estimates.map(valueOf);
  if (values.some((v) => v == null)) return null;
  return roundHalfAwayFromZero((values as number[]).reduce((s, v) => s + v, 0), 1);
}

function invert(map: Map<string, string[] | null>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [code, atoms] of map) for (const atom of atoms ?? []) out.set(atom, [...(out.get(atom) ?? []), code]);
  return out;
}

function coverOf(parts: (string[] | null | undefined)[]): string[] | null {
  if (parts.some((p) => !p)) return null;
  return [...new Set(parts.flat() as string[])].sort();
}
