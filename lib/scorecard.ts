import type { Dataset, ProjectionVintage } from './data/assemble';
import type { SourceRef } from './bls/types';
import { getLineage } from './lineage';
import { getTimelines } from './lineage-structure';
import { codeMapper } from './scorecard-codes';
import { oncePer } from './once';
import { scoreVintage } from './scorecard-match';
import type { MajorGroupFigures } from './scorecard-groups';

/**
 * The projection scorecard: for every EP vintage whose target year has passed, each detailed
 * occupation's projected target-year employment against the employment the later vintage
 * based in that year published for it. Employment is in thousands, as EP publishes it.
 */

/** same-code and renamed are like for like; split, merged and regrouped compare sums. */
export type Comparability = 'same-code' | 'renamed' | 'split' | 'merged' | 'regrouped';

export interface ScoredOccupation {
  socCode: string;
  title: string;
  source: SourceRef;
}

export interface EntryBase {
  /** The projected codes joined with "+": unique within a vintage. */
  key: string;
  vintage: string;
  actualVintage: string;
  /** The projection's target year: the actual vintage's base year. */
  targetYear: number;
  /**
   * Two-digit SOC major group shared by every projected and counted code, e.g. "29"; SPANS_GROUPS
   * ("spans") where they lie in several groups (a bundle is never filed under its first code).
   */
  majorGroup: string;
  title: string;
  projected: ScoredOccupation[];
}

export interface ScorecardRow extends EntryBase {
  status: 'compared';
  actual: ScoredOccupation[];
  comparability: Comparability;
  /** One code to one code covering the same SOC occupations. */
  likeForLike: boolean;
  note: string | null;
  employmentBase: number;
  projectedEmployment: number;
  actualEmployment: number;
  /** As published where one code is projected; from the summed employment otherwise. */
  projectedChangePct: number;
  actualChangePct: number;
  /** Projected minus actual: positive where BLS projected too many jobs. */
  errorThousands: number;
  /** (projected − actual) / actual × 100. */
  errorPct: number;
}

export interface ScorecardGap extends EntryBase {
  status: 'not-compared';
  reason: string;
}

export type ScorecardEntry = ScorecardRow | ScorecardGap;

export interface VintageScorecard {
  vintage: string;
  actualVintage: string;
  baseYear: number;
  targetYear: number;
  /** The code structures of the two vintages, e.g. "2000 SOC" and "2010 SOC". */
  projectionCodes: string;
  actualCodes: string;
  /** Source lines, e.g. "BLS Employment Projections 2008-18, Table 1.2". */
  projectionSource: string;
  actualSource: string;
  /** The vintage's major-group rows beside the later vintage's, with the codes that moved between groups. */
  majorGroups: MajorGroupFigures[];
  /** All occupations (00-0000): projected and actual total employment. */
  total: { employmentBase: number; projected: number; actual: number } | null;
  entries: ScorecardEntry[];
}

export interface Scorecard {
  vintages: VintageScorecard[];
}

/** Every scored vintage, built once per dataset. */
export const getScorecard = oncePer((dataset: Dataset): Scorecard => {
  const lineage = getLineage(dataset);
  const timelines = getTimelines(dataset);
  const mapper = codeMapper(dataset, lineage);
  const entryOf = (v: ProjectionVintage) => timelines.projections.find((t) => t.label === v.vintage)!;
  return { vintages: scoredPairs(dataset).map(([a, b]) => scoreVintage(a, b, entryOf(a), entryOf(b), mapper)) };
});

/**
 * Vintages whose target year is a base year of a later vintage in the data (2008-18 with
 * 2018-28, …), each with that later vintage: its base-year employment is the actual.
 */
export function scoredPairs(dataset: Dataset): [ProjectionVintage, ProjectionVintage][] {
  return dataset.projectionVintages.flatMap((a) => {
    const b = dataset.projectionVintages.find((v) => v.baseYear === a.targetYear);
    return b ? [[a, b] as [ProjectionVintage, ProjectionVintage]] : [];
  });
}

export function getVintageScorecard(card: Scorecard, vintage: string): VintageScorecard | null {
  return card.vintages.find((v) => v.vintage === vintage) ?? null;
}

/**
 * The entries of one vintage for chosen codes (a comparison), in the order asked, each once
 * even where two chosen codes share an entry (a merge); codes the vintage does not project
 * are left out.
 */
export function scorecardEntriesFor(v: VintageScorecard, socCodes: readonly string[]): ScorecardEntry[] {
  const found: ScorecardEntry[] = [];
  for (const code of socCodes) {
    const entry = v.entries.find((e) => e.projected.some((o) => o.socCode === code));
    if (entry && !found.includes(entry)) found.push(entry);
  }
  return found;
}

/** Every entry, in any scored vintage, that projects or counts `socCode` (for a profile or a comparison). */
export function scorecardFor(card: Scorecard, socCode: string): ScorecardEntry[] {
  return card.vintages.flatMap((v) =>
    v.entries.filter((e) => e.projected.some((o) => o.socCode === socCode) || (e.status === 'compared' && e.actual.some((o) => o.socCode === socCode))),
  );
}

/** Which occupations of the latest classification each side covers, and where they differ. */
export interface Coverage {
  exact: boolean;
  /** Neither side is in a linking table: matched by the code alone. */
  unlinked: boolean;
  onlyA: string[];
  onlyB: string[];
  /** The classification the difference is stated in. */
  label: string;
}
