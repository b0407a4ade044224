import type { Dataset } from '../data/assemble';
import { RELATEDNESS_TIERS, type RelatedOccupation, type RelatednessTier } from '../bls/onet-related';
import { CLASSIFICATIONS, getLineage, type BoundaryId, type Classification, type Lineage } from '../lineage/lineage';
import { getOccupationIndex, type OccupationIndex } from '../data/occupations';
import { oncePer } from '../data/once';

/** Where a relation comes from. */
export type RelatedSource =
  /** O*NET relates one of the code's 2018 SOC counterparts to this occupation. */
  | { kind: 'onet'; via: { socCode: string; title: string; tier: RelatednessTier; rank: number }[] }
  /** No O*NET relations: an occupation of the same SOC broad or minor group. */
  | { kind: 'broad-group' | 'minor-group'; group: string };

export interface RelatedItem {
  /** The code to link to: O*NET's 2018 SOC code where our data has it, else the profile's classification's code. */
  socCode: string;
  title: string;
  /** The same occupation under other codes (earlier or later SOC), each present in our data. */
  otherCodes: { socCode: string; classification: Classification }[];
  source: RelatedSource;
}

export interface RelatedOccupations {
  items: RelatedItem[];
  /** The 2018 SOC codes O*NET was asked about (the code itself, or what it became). */
  onetCodes: { socCode: string; title: string }[];
  /** O*NET relations dropped because no shipped BLS table has the occupation. */
  notInData: number;
  /** The codes of the occupation's own lineage, left out of the list (they are shown as lineage). */
  ownLineage: string[];
}

const FALLBACK_LIMIT = 20;

/** Where each code's O*NET related-occupation links are in the file, once per dataset. */
const linkPositions = oncePer('profile/linkPositions', (dataset: Dataset): Map<string, number[]> => {
  const map = new Map<string, number[]>();
  (dataset.related?.links ?? []).forEach((link, at) => {
    const list = map.get(link.socCode);
    if (list) list.push(at);
    else map.set(link.socCode, [at]);
  });
  return map;
});

/**
 * Related occupations of any code: O*NET's list for its 2018 SOC counterparts (an older code is
 * followed forward through the crosswalks), each related code mapped back to the code the
 * profile's own classification uses; ordered by O*NET tier, then rank. Where O*NET has
 * nothing, the occupations of the same SOC broad group, else of the same minor group.
 */
export function getRelatedOccupations(dataset: Dataset, socCode: string): RelatedOccupations {
  const lineage = getLineage(dataset);
  const index = getOccupationIndex(dataset);
  const classifications = lineage.classificationsOf(socCode);
  const onetCodes = toSoc2018(lineage, socCode, classifications);
  const ownLineage = new Set([socCode, ...onetCodes, ...lineageCodes(lineage, socCode)]);
  // The links listed under those codes, in file order (as a filter of the whole file would give).
  const links = dataset.related?.links ?? [];
  const positions = linkPositions(dataset);
  const relations = [...new Set(onetCodes)].flatMap((c) => positions.get(c) ?? []).sort((a, b) => a - b).map((at) => links[at]!);
  const items: RelatedItem[] = [];
  const byCode = new Map<string, RelatedItem>();
  let notInData = 0;
  for (const r of [...relations].sort(byTierAndRank)) {
    const mapped = mapBack(lineage, index, r.relatedSocCode, classifications);
    if (!mapped) {
      notInData++;
      continue;
    }
    if (mapped.codes.some((c) => ownLineage.has(c.socCode))) continue;
    const via = { socCode: r.socCode, title: r.title, tier: r.tier, rank: r.rank };
    const existing = byCode.get(mapped.primary);
    if (existing) {
      if (existing.source.kind === 'onet' && !existing.source.via.some((v) => v.socCode === via.socCode)) existing.source.via.push(via);
      continue;
    }
    const item: RelatedItem = {
      socCode: mapped.primary,
      title: index.byCode.get(mapped.primary)?.title ?? r.relatedTitle,
      otherCodes: mapped.codes.filter((c) => c.socCode !== mapped.primary),
      source: { kind: 'onet', via: [via] },
    };
    byCode.set(mapped.primary, item);
    items.push(item);
  }
  if (items.length === 0) items.push(...groupFallback(index, socCode, ownLineage));
  const titled = onetCodes.map((c) => ({ socCode: c, title: index.byCode.get(c)?.title ?? relations.find((r) => r.socCode === c)?.title ?? c }));
  return { items, onetCodes: titled, notInData, ownLineage: [...ownLineage].filter((c) => c !== socCode).sort() };
}

function byTierAndRank(a: RelatedOccupation, b: RelatedOccupation): number {
  return RELATEDNESS_TIERS.indexOf(a.tier) - RELATEDNESS_TIERS.indexOf(b.tier) || a.rank - b.rank || a.socCode.localeCompare(b.socCode);
}

/** Boundaries in the order a code travels forward to the 2018 SOC, and back from it. */
const FORWARD: Partial<Record<Classification, BoundaryId[]>> = {
  soc2000: ['soc2000-soc2010'],
  soc2010: ['soc2010-soc2018'],
  oewsHybrid: ['oewsHybrid-soc2018'],
};
const BACKWARD: Partial<Record<Classification, { boundary: BoundaryId; to: Classification }>> = {
  soc2018: { boundary: 'soc2010-soc2018', to: 'soc2010' },
  soc2010: { boundary: 'soc2000-soc2010', to: 'soc2000' },
};

/** The 2018 SOC codes a code is, or became (every part of a split). */
function toSoc2018(lineage: Lineage, socCode: string, classifications: Classification[]): string[] {
  if (classifications.includes('soc2018') || classifications.length === 0) return [socCode];
  const out = new Set<string>();
  const walk = (code: string, classification: Classification): void => {
    if (classification === 'soc2018') {
      out.add(code);
      return;
    }
    for (const id of FORWARD[classification] ?? []) {
      const change = lineage.change(code, id, 'forward');
      change?.counterparts.forEach((c) => walk(c.socCode, c.classification));
    }
  };
  classifications.forEach((c) => walk(socCode, c));
  return [...out];
}

/** Every code linked to this one at any boundary: its own lineage. */
function lineageCodes(lineage: Lineage, socCode: string): string[] {
  return (['forward', 'backward'] as const).flatMap((d) => lineage.changes(socCode, d).flatMap((c) => c.counterparts.map((x) => x.socCode)));
}

/**
 * A 2018 SOC code and the codes the profile's classifications name it by: registered nurses
 * 29-1141 is 29-1141 in the 2010 SOC and 29-1111 in the 2000 SOC. Going back, a code that kept
 * its number is followed alone; otherwise every code it came from. Codes our data lacks are dropped.
 */
function mapBack(lineage: Lineage, index: OccupationIndex, soc2018: string, classifications: Classification[]): { primary: string; codes: { socCode: string; classification: Classification }[] } | null {
  const found: { socCode: string; classification: Classification }[] = [];
  const wanted = new Set<Classification>([...classifications, 'soc2018']);
  let frontier = [soc2018];
  let classification: Classification = 'soc2018';
  for (;;) {
    if (wanted.has(classification)) frontier.filter((c) => index.byCode.has(c)).forEach((socCode) => found.push({ socCode, classification }));
    const step: { boundary: BoundaryId; to: Classification } | undefined = BACKWARD[classification];
    if (!step || !classifications.some((c) => CLASSIFICATIONS.indexOf(c) <= CLASSIFICATIONS.indexOf(step.to))) break;
    frontier = [...new Set(frontier.flatMap((code) => {
      const earlier = lineage.change(code, step.boundary, 'backward')?.counterparts.map((x) => x.socCode) ?? [];
      return earlier.includes(code) ? [code] : earlier;
    }))];
    classification = step.to;
  }
  if (found.length === 0) return null;
  // O*NET's own (2018 SOC) code is the link where our data has it: older codes of a split can be catch-alls.
  const latest = [...classifications].sort((a, b) => CLASSIFICATIONS.indexOf(b) - CLASSIFICATIONS.indexOf(a))[0] ?? 'soc2018';
  const primary = found.find((c) => c.socCode === soc2018) ?? found.find((c) => c.classification === latest) ?? found[0]!;
  const codes = found.filter((c, i) => found.findIndex((x) => x.socCode === c.socCode) === i);
  return { primary: primary.socCode, codes };
}

/** Detailed occupations of the same SOC broad group (29-2070), else minor group (29-2000). */
function groupFallback(index: OccupationIndex, socCode: string, exclude: Set<string>): RelatedItem[] {
  const occupation = index.byCode.get(socCode);
  if (!occupation) return [];
  const last = occupation.wageYears[occupation.wageYears.length - 1];
  const lastVintage = occupation.vintages[occupation.vintages.length - 1];
  // Peers published in the same release (or vintage) as the code's latest figures: the same classification.
  const peers = index.list.filter((o) => o.level === 'detailed' && !exclude.has(o.socCode) && (last !== undefined ? o.wageYears.includes(last) : lastVintage !== undefined && o.vintages.includes(lastVintage)));
  for (const [kind, prefix, group] of [
    ['broad-group', socCode.slice(0, 6), `${socCode.slice(0, 6)}0`],
    ['minor-group', socCode.slice(0, 4), `${socCode.slice(0, 4)}000`],
  ] as const) {
    const same = peers.filter((o) => o.socCode.startsWith(prefix));
    if (same.length) {
      return same.slice(0, FALLBACK_LIMIT).map((o) => ({ socCode: o.socCode, title: o.title, otherCodes: [], source: { kind, group } }));
    }
  }
  return [];
}
