/** The scorecard's records: what model.ts builds and match.ts, notes.ts and the views read. */
import type { SourceRef } from '../bls/types';
import type { MajorGroupFigures } from './groups';

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
