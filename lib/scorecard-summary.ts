import type { Scorecard, ScorecardEntry, ScorecardRow, VintageScorecard } from './scorecard';

/** How far off a set of projections was. Percents are of the actual employment. */
export interface ErrorSummary {
  /** Entries: compared or not. */
  occupations: number;
  compared: number;
  likeForLike: number;
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
  /** Change of the sums: what was projected for the group as a whole, and what happened. */
  projectedChangePct: number | null;
  actualChangePct: number | null;
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
  const tenths = (xs: number[]) => Math.round(xs.reduce((s, x) => s + x * 10, 0)) / 10;
  const base = tenths(rows.map((r) => r.employmentBase));
  const projected = tenths(rows.map((r) => r.projectedEmployment));
  const actual = tenths(rows.map((r) => r.actualEmployment));
  return {
    occupations: entries.length,
    compared: rows.length,
    likeForLike: all.filter((r) => r.likeForLike).length,
    notCompared: entries.length - all.length,
    meanAbsErrorPct: mean(abs),
    medianAbsErrorPct: median(abs),
    withinTenPctShare: rows.length ? (abs.filter((x) => x <= 10).length / rows.length) * 100 : null,
    meanErrorPct: mean(rows.map((r) => r.errorPct)),
    employmentBase: base,
    projectedEmployment: projected,
    actualEmployment: actual,
    projectedChangePct: base > 0 ? ((projected - base) / base) * 100 : null,
    actualChangePct: base > 0 ? ((actual - base) / base) * 100 : null,
  };
}

/** One line per scored vintage, oldest first. */
export function summarizeByVintage(card: Scorecard, options: SummaryOptions = {}): { vintage: VintageScorecard; summary: ErrorSummary }[] {
  return card.vintages.map((vintage) => ({ vintage, summary: summarize(vintage.entries, options) }));
}

export interface MajorGroupSummary {
  /** "29-0000". */
  code: string;
  title: string;
  summary: ErrorSummary;
}

/** One line per SOC major group of the projected codes, named as the vintage's summary rows name them. */
export function summarizeByMajorGroup(v: VintageScorecard, options: SummaryOptions = {}): MajorGroupSummary[] {
  const groups = new Map<string, ScorecardEntry[]>();
  for (const e of v.entries) groups.set(e.majorGroup, [...(groups.get(e.majorGroup) ?? []), e]);
  return [...groups]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([group, entries]) => {
      const code = `${group}-0000`;
      const title = v.majorGroups.find((g) => g.code === code)?.title ?? `Major group ${code}`;
      return { code, title, summary: summarize(entries, options) };
    });
}

function median(sorted: number[]): number | null {
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
