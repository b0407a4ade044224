import type { Scorecard, ScorecardEntry, ScorecardRow, VintageScorecard } from './model';
import { SPANS_GROUPS, type MajorGroupFigures } from './groups';
import { roundHalfAwayFromZero } from '../tables/format';

/** How far off a set of projections was. Percents are of the actual employment. */
export interface ErrorSummary {
  /** Entries: compared or not. */
  occupations: number;
  compared: number;
  likeForLike: number;
  /** Compared entries summed over several codes on a side (split, merged or regrouped). */
  summed: number;
  notCompared: number;
  /** Mean of |projected − actual| / actual × 100 over the compared entries; null if none. */
  meanAbsErrorPct: number | null;
  medianAbsErrorPct: number | null;
  /** Percent of compared entries whose error is within ±10%. */
  withinTenPctShare: number | null;
  /** Mean signed error: above 0, projections ran high on average. */
  meanErrorPct: number | null;
  /** Sums over the compared entries, thousands. */
  employmentBase: number;
  projectedEmployment: number;
  actualEmployment: number;
}

export interface SummaryOptions {
  /** Only same-code and one-to-one renamed entries. */
  likeForLikeOnly?: boolean;
}

export function summarize(entries: readonly ScorecardEntry[], options: SummaryOptions = {}): ErrorSummary {
  const all = entries.filter((e): e is ScorecardRow => e.status === 'compared');
  const rows = options.likeForLikeOnly ? all.filter((r) => r.likeForLike) : all;
  const abs = rows.map((r) => Math.abs(r.errorPct)).sort((a, b) => a - b);
  const mean = (xs: number[]) => (xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : null);
  // Sums of figures published to 0.1 thousand, kept at that precision.
  const tenths = (xs: number[]) => roundHalfAwayFromZero(xs.reduce((s, x) => s + x, 0), 1);
  const base = tenths(rows.map((r) => r.employmentBase));
  const projected = tenths(rows.map((r) => r.projectedEmployment));
  const actual = tenths(rows.map((r) => r.actualEmployment));
  return {
    occupations: entries.length,
    compared: rows.length,
    likeForLike: all.filter((r) => r.likeForLike).length,
    summed: all.filter((r) => r.comparability === 'split' || r.comparability === 'merged' || r.comparability === 'regrouped').length,
    notCompared: entries.length - all.length,
    meanAbsErrorPct: mean(abs),
    medianAbsErrorPct: median(abs),
    withinTenPctShare: rows.length ? (abs.filter((x) => x <= 10).length / rows.length) * 100 : null,
    meanErrorPct: mean(rows.map((r) => r.errorPct)),
    employmentBase: base,
    projectedEmployment: projected,
    actualEmployment: actual,
  };
}

/** One line per scored vintage, oldest first. */
export function summarizeByVintage(card: Scorecard, options: SummaryOptions = {}): { vintage: VintageScorecard; summary: ErrorSummary }[] {
  return card.vintages.map((vintage) => ({ vintage, summary: summarize(vintage.entries, options) }));
}

export interface MajorGroupSummary {
  /** "29-0000", or SPANS_GROUPS for the entries whose codes span several groups. */
  code: string;
  title: string;
  /** The group rows BLS published (null for the spans line, or a group with no row). */
  figures: MajorGroupFigures | null;
  /** The errors of the entries filed under the group. */
  summary: ErrorSummary;
}

export const SPANS_GROUPS_TITLE = 'Spans groups: codes compared across several major groups';

/**
 * One line per SOC major group of the vintage, named and measured by its xx-0000 rows, then
 * one line for the entries whose codes span several groups (never filed under their first code).
 */
export function summarizeByMajorGroup(v: VintageScorecard, options: SummaryOptions = {}): MajorGroupSummary[] {
  const entriesOf = (group: string) => v.entries.filter((e) => e.majorGroup === group);
  const published = v.majorGroups.map((g) => ({ code: g.code, title: g.title, figures: g as MajorGroupFigures | null, summary: summarize(entriesOf(g.code.slice(0, 2)), options) }));
  // Entries of a group with no row of its own in the vintage (none in the shipped data) still get a line.
  const unlisted = [...new Set(v.entries.map((e) => e.majorGroup))]
    .filter((g) => g !== SPANS_GROUPS && !v.majorGroups.some((m) => m.code === `${g}-0000`))
    .map((g) => ({ code: `${g}-0000`, title: `Major group ${g}-0000`, figures: null, summary: summarize(entriesOf(g), options) }));
  const spans = entriesOf(SPANS_GROUPS);
  return [
    ...[...published, ...unlisted].sort((a, b) => a.code.localeCompare(b.code)),
    ...(spans.length ? [{ code: SPANS_GROUPS, title: SPANS_GROUPS_TITLE, figures: null, summary: summarize(spans, options) }] : []),
  ];
}

function median(sorted: number[]): number | null {
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
