import type { Dataset } from '@/lib/data/assemble';
import { getLineage, type BoundaryId } from '@/lib/lineage/lineage';
import { getOccupationIndex, latestVintage, latestWageRelease, type Occupation } from '@/lib/data/occupations';
import { oncePer } from '@/lib/data/once';

/** Where a code stands today, as a search result tells it. */
export interface CodeStatus {
  socCode: string;
  title: string;
  /** Published in the latest OEWS release or the latest EP vintage. */
  current: boolean;
  /** "Major group", "Broad occupation"…; null for a detailed occupation. */
  group: string | null;
  /** The last release or vintage that has the code ("May 2018", "EP 2018-28"); null while current. */
  lastPublished: string | null;
  /** For a retired code: the current codes it became, through every SOC change since. */
  successors: { socCode: string; title: string }[];
}

const GROUP_LABEL: Record<string, string> = {
  total: 'All occupations',
  major: 'Major group',
  minor: 'Minor group',
  broad: 'Broad occupation',
  summary: 'Summary group',
};

/** The status of every code of any shipped release or vintage, built once per dataset. */
export const getCodeStatuses = oncePer('search/getCodeStatuses', (dataset: Dataset): ReadonlyMap<string, CodeStatus> => {
  const index = getOccupationIndex(dataset);
  const latestYear = latestWageRelease(dataset).year;
  const latestEp = latestVintage(dataset).vintage;
  const isCurrent = (o: Occupation): boolean => o.wageYears.includes(latestYear) || o.vintages.includes(latestEp);
  const lineage = getLineage(dataset);
  const successorsOf = (socCode: string): { socCode: string; title: string }[] => {
    // The SOC crosswalks first (29-2071 became 29-2072 and 29-9021); the OEWS hybrid codes only
    // where they are all there is (29-2011 is published inside 29-2010 since May 2019).
    const direct = follow(socCode, (b) => b !== 'soc2010-oewsHybrid' && b !== 'oewsHybrid-soc2018');
    return direct.length ? direct : follow(socCode, () => true);
  };
  const follow = (socCode: string, crossing: (boundary: BoundaryId) => boolean): { socCode: string; title: string }[] => {
    const found = new Map<string, string>();
    const seen = new Set([socCode]);
    let frontier = [socCode];
    // Forward changes (2000 -> 2010 -> hybrid -> 2018) until the codes are current ones.
    for (let step = 0; step < 4 && frontier.length; step++) {
      const next: string[] = [];
      for (const code of frontier) {
        for (const change of lineage.changes(code, 'forward')) {
          if (!crossing(change.boundary.id)) continue;
          for (const c of change.counterparts) {
            if (seen.has(c.socCode)) continue;
            seen.add(c.socCode);
            const occ = index.byCode.get(c.socCode);
            if (occ && isCurrent(occ)) found.set(c.socCode, occ.title);
            else next.push(c.socCode);
          }
        }
      }
      frontier = next;
    }
    return [...found].sort(([a], [b]) => a.localeCompare(b)).map(([code, title]) => ({ socCode: code, title }));
  };
  const statuses = new Map<string, CodeStatus>();
  for (const o of index.list) {
    const current = isCurrent(o);
    const lastWage = o.wageYears[o.wageYears.length - 1];
    const lastVintage = o.vintages[o.vintages.length - 1];
    statuses.set(o.socCode, {
      socCode: o.socCode,
      title: o.title,
      current,
      group: o.level === 'detailed' ? null : GROUP_LABEL[o.level] ?? 'Group',
      lastPublished: current ? null : [lastWage === undefined ? null : `May ${lastWage}`, lastVintage === undefined ? null : `EP ${lastVintage}`].filter(Boolean).join(' and ') || null,
      successors: current ? [] : successorsOf(o.socCode),
    });
  }
  return statuses;
});

/**
 * The current codes a 2018 SOC code's work is published under: the code itself while current;
 * else the OEWS code that holds it (31-1121 home health aides are published in 31-1120) or its
 * successors. O*NET describes 2018 SOC codes, some of which OEWS and EP publish only combined.
 */
export const getPublishedUnder = oncePer('search/getPublishedUnder', (dataset: Dataset) => {
  const statuses = getCodeStatuses(dataset);
  const lineage = getLineage(dataset);
  return (socCode: string): string[] => {
    const own = statuses.get(socCode);
    if (own?.current) return [socCode];
    const holders = (lineage.change(socCode, 'oewsHybrid-soc2018', 'backward')?.counterparts ?? []).map((c) => c.socCode).filter((c) => statuses.get(c)?.current);
    return holders.length ? holders : (own?.successors ?? []).map((s) => s.socCode);
  };
});
