import type { Dataset } from '../data/assemble';
import { RELATEDNESS_TIERS, type RelatednessTier } from '../bls/onet-related';
import { displayEstimate } from '../tables/estimates';
import { formatHourlyUsd, formatSignedPercent, formatUsd } from '../tables/format';
import { findProjection, findWageEstimate, latestVintage, latestWageRelease } from '../data/occupations';
import type { RelatedItem, RelatedOccupations } from './related';

/** O*NET's relatedness tiers in plain words; the tier's own name is kept beside them. */
export const TIER_WORDS: Record<RelatednessTier, string> = {
  'Primary-Short': 'Closely related',
  'Primary-Long': 'Also related',
  Supplemental: 'More distantly related',
};

/** One row of the related occupations table a person can decide from: today's pay, outlook and entry education. */
export interface RelatedRow {
  socCode: string;
  title: string;
  /** "Closely related", or "Same SOC broad group" where O*NET has nothing. */
  relation: string;
  tier: RelatednessTier | null;
  medianWage: string;
  growth: string;
  education: string;
}

export interface RelatedTable {
  rows: RelatedRow[];
  wageRelease: string;
  vintage: string;
  /** The occupation and its closest relations, for "Compare these". */
  compareCodes: string[];
}

/** An item's tier is the best one any of its O*NET sources gives it. */
export function tierOf(item: RelatedItem): RelatednessTier | null {
  if (item.source.kind !== 'onet') return null;
  return item.source.via.map((v) => v.tier).sort((a, b) => RELATEDNESS_TIERS.indexOf(a) - RELATEDNESS_TIERS.indexOf(b))[0] ?? null;
}

/** Related occupations with the latest OEWS median and EP outlook of each; "—" where a table lacks the code. */
export function getRelatedTable(dataset: Dataset, socCode: string, related: RelatedOccupations, maxCompared = 5): RelatedTable {
  const release = latestWageRelease(dataset);
  const vintage = latestVintage(dataset);
  const rows = related.items.map((item): RelatedRow => {
    const tier = tierOf(item);
    const wage = findWageEstimate(release, item.socCode);
    const p = findProjection(vintage, item.socCode);
    const annual = wage && !wage.hourlyOnly ? displayEstimate(wage.annual.median, formatUsd) : wage ? `${displayEstimate(wage.hourly.median, formatHourlyUsd)} an hour` : '—';
    return {
      socCode: item.socCode,
      title: item.title,
      relation: tier ? TIER_WORDS[tier] : item.source.kind === 'broad-group' ? 'Same SOC broad group' : 'Same SOC minor group',
      tier,
      medianWage: annual,
      growth: p?.changePercent.kind === 'value' ? formatSignedPercent(p.changePercent.value) : '—',
      education: p?.education ?? '—',
    };
  });
  const closest = rows.filter((r) => r.tier === 'Primary-Short' || r.tier === null).slice(0, maxCompared).map((r) => r.socCode);
  return { rows, wageRelease: release.release, vintage: vintage.vintage, compareCodes: [socCode, ...closest] };
}
