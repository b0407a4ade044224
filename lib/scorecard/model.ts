import type { Dataset, ProjectionVintage } from '../data/assemble';
import { getLineage } from '../lineage/lineage';
import { getTimelines } from '../lineage/structure';
import { codeMapper } from './codes';
import { oncePer } from '../data/once';
import { scoreVintage } from './match';
import type { Scorecard, ScorecardEntry, VintageScorecard } from './types';

export type { Comparability, ScoredOccupation, EntryBase, ScorecardRow, ScorecardGap, ScorecardEntry, VintageScorecard, Scorecard, Coverage } from './types';

/**
 * The projection scorecard: for every EP vintage whose target year has passed, each detailed
 * occupation's projected target-year employment against the employment the later vintage
 * based in that year published for it. Employment is in thousands, as EP publishes it.
 */

/** Every scored vintage, built once per dataset. */
export const getScorecard = oncePer('scorecard/getScorecard', (dataset: Dataset): Scorecard => {
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

