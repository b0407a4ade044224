import type { Dataset } from '../data/assemble';
import { CLASSIFICATIONS, type Classification, type Lineage } from '../lineage/lineage';
import { classificationIn, type TimelineEntry } from '../lineage/structure';

/**
 * What a published code stands for in the codes of a later classification: the set of codes
 * it covers there (its "footprint"). Two codes of two vintages describe the same jobs when
 * their footprints are equal; split, merged and regrouped codes show as overlapping ones.
 *
 * The SOC crosswalks and the hybrid-to-2018 step come from lib/lineage/lineage.ts. The step from
 * 2010 SOC codes to the OEWS hybrid codes, and the OES aggregations of 2010 codes (13-1020
 * buyers, 21-1018 counselors…), are read from the hybrid table's "2010 SOC Code" column,
 * which lineage does not carry.
 */
export interface CodeMapper {
  /** The codes `socCode` of `entry` covers in `target`, or null where nothing links it there. */
  footprint(entry: TimelineEntry, socCode: string, target: Classification): string[] | null;
  /** How the code is read in the entry (null: in no BLS linking table). */
  classificationOf(entry: TimelineEntry, socCode: string): Classification | null;
}

export function codeMapper(dataset: Dataset, lineage: Lineage): CodeMapper {
  const hybridBy2010 = new Map<string, Set<string>>();
  const aggregates = new Map<string, { soc2010: Set<string>; oews: Set<string>; soc2018: Set<string> }>();
  for (const link of dataset.oewsHybrid?.links ?? []) {
    add(hybridBy2010, link.soc2010Code, link.oewsCode);
    for (const code of new Set([link.oes2018Code, link.oewsCode])) {
      const a = aggregates.get(code) ?? { soc2010: new Set<string>(), oews: new Set<string>(), soc2018: new Set<string>() };
      a.soc2010.add(link.soc2010Code);
      a.oews.add(link.oewsCode);
      a.soc2018.add(link.soc2018Code);
      aggregates.set(code, a);
    }
  }
  // The 2010 SOC proper: codes the 2010->2018 crosswalk starts from. lineage's soc2010 set also
  // holds OES May 2018 aggregations, which are not SOC codes.
  const isSoc = (code: string, c: Classification): boolean =>
    c === 'soc2010' ? lineage.change(code, 'soc2010-soc2018', 'forward') !== null : lineage.codesOf(c).has(code);
  const across = (code: string, boundary: 'soc2000-soc2010' | 'soc2010-soc2018' | 'oewsHybrid-soc2018'): string[] | null =>
    lineage.change(code, boundary, 'forward')?.counterparts.map((c) => c.socCode) ?? null;

  /** One step towards `to`, or null where the tables do not link the code. */
  const step = (code: string, from: Classification, to: Classification): { codes: string[]; at: Classification } | null => {
    if (from === 'soc2000') return wrap(across(code, 'soc2000-soc2010'), 'soc2010');
    if (from === 'soc2010' && to === 'oewsHybrid') return wrap(hybridBy2010.has(code) ? [...hybridBy2010.get(code)!] : null, 'oewsHybrid');
    if (from === 'soc2010') return wrap(across(code, 'soc2010-soc2018'), 'soc2018');
    if (from === 'oewsHybrid') return wrap(across(code, 'oewsHybrid-soc2018'), 'soc2018');
    return null;
  };

  /** A SOC (or hybrid) code carried forward to `to`; never backward. */
  const forward = (code: string, from: Classification, to: Classification): string[] | null => {
    if (CLASSIFICATIONS.indexOf(from) > CLASSIFICATIONS.indexOf(to)) return null;
    if (from === to) return isSoc(code, from) ? [code] : null;
    const next = step(code, from, to);
    if (!next) return null;
    return union(next.codes.map((c) => forward(c, next.at, to)));
  };

  const classificationOf = (entry: TimelineEntry, socCode: string) => classificationIn(entry, socCode, lineage);

  const footprint = (entry: TimelineEntry, socCode: string, target: Classification): string[] | null => {
    const from = classificationOf(entry, socCode);
    if (!from) return null;
    if (isSoc(socCode, from)) return forward(socCode, from, target);
    // An OES/EP aggregation of SOC codes (13-1020, 21-1018, 29-2098…): its members, via the hybrid table.
    const aggregate = aggregates.get(socCode);
    if (aggregate) {
      if (target === 'soc2018') return [...aggregate.soc2018].sort();
      if (target === 'oewsHybrid') return [...aggregate.oews].sort();
      return union([...aggregate.soc2010].map((c) => forward(c, 'soc2010', target)));
    }
    // An EP group code (25-1000 postsecondary teachers, 29-1060 physicians): the SOC codes under
    // it that the vintage does not publish on their own lines.
    const prefix = socCode.replace(/0+$/, '');
    if (prefix === socCode || prefix.length < 4) return null;
    const members = [...lineage.codesOf(from)].filter((c) => c.startsWith(prefix) && c !== socCode && !entry.codes.has(c) && isSoc(c, from));
    return members.length ? union(members.map((c) => forward(c, from, target))) : null;
  };

  return { footprint, classificationOf };
}

function add(map: Map<string, Set<string>>, key: string, value: string): void {
  const set = map.get(key) ?? new Set<string>();
  set.add(value);
  map.set(key, set);
}

function wrap(codes: string[] | null, at: Classification): { codes: string[]; at: Classification } | null {
  return codes && codes.length ? { codes, at } : null;
}

/** The union of footprints; null if any part is unlinked (a partial footprint would understate the jobs). */
function union(parts: (string[] | null)[]): string[] | null {
  if (parts.length === 0 || parts.some((p) => p === null)) return null;
  return [...new Set(parts.flat() as string[])].sort();
}
