import type { Dataset } from '../data/assemble';
import { oncePer } from '../data/once';
import type { SourceRef } from '../bls/types';

/**
 * How occupation codes changed across the SOC revisions, from BLS's own tables: the SOC
 * 2000->2010 and 2010->2018 crosswalks, and the OEWS May 2019–2020 hybrid structure (which
 * links the codes OEWS used in May 2018 to its hybrid codes, and those to the 2018 SOC).
 */

/** A set of codes BLS published under. `oewsHybrid` is the OEWS May 2019–2020 structure. */
/** The classifications in time order: 2000 SOC, 2010 SOC, the OEWS 2019–2020 hybrid, 2018 SOC. */
export const CLASSIFICATIONS = ['soc2000', 'soc2010', 'oewsHybrid', 'soc2018'] as const;
export type Classification = (typeof CLASSIFICATIONS)[number];

export const CLASSIFICATION_LABEL: Record<Classification, string> = {
  soc2000: '2000 SOC',
  soc2010: '2010 SOC',
  oewsHybrid: 'OEWS May 2019–2020 hybrid',
  soc2018: '2018 SOC',
};

export type BoundaryId = 'soc2000-soc2010' | 'soc2010-soc2018' | 'soc2010-oewsHybrid' | 'oewsHybrid-soc2018';

/** One step between two classifications, with the BLS table that links them. */
export interface Boundary {
  id: BoundaryId;
  from: Classification;
  to: Classification;
  file: string;
}

/** One row of a BLS linking table, reduced to the two codes it links. */
export interface LineageLink {
  boundary: BoundaryId;
  fromCode: string;
  fromTitle: string;
  toCode: string;
  toTitle: string;
  source: SourceRef;
}

/**
 * unchanged: same code and title, one to one. renamed: one to one, new code or title.
 * split: one old code became several. merged: several old codes became one.
 */
export type Relation = 'unchanged' | 'renamed' | 'split' | 'merged';

export interface CodeRef {
  socCode: string;
  title: string;
  classification: Classification;
}

/** What became of a code at one boundary (forward), or where it came from (backward). */
export interface LineageChange {
  boundary: Boundary;
  direction: 'forward' | 'backward';
  /** The code on its own side of the boundary. */
  code: CodeRef;
  relation: Relation;
  /** The codes on the other side: what it became, or what it came from. */
  counterparts: CodeRef[];
  /**
   * The other codes in the same change: forward merged, the other old codes that went into
   * the new one; backward split, the other new codes the old one also became.
   */
  partners: CodeRef[];
  links: LineageLink[];
}

export interface Lineage {
  boundaries: Boundary[];
  /** The code's change at a boundary, or null where the code is not on that side of it. */
  change(socCode: string, boundary: BoundaryId, direction: 'forward' | 'backward'): LineageChange | null;
  /** Every change of a code, in the order of the boundaries. */
  changes(socCode: string, direction: 'forward' | 'backward'): LineageChange[];
  /** The classifications a code belongs to, by the linking tables. */
  classificationsOf(socCode: string): Classification[];
  /** Codes of a classification (every code on that side of some boundary). */
  codesOf(classification: Classification): ReadonlySet<string>;
}

/** Oldest first: the order lineage is told in. */
export const BOUNDARY_ORDER: readonly BoundaryId[] = ['soc2000-soc2010', 'soc2010-oewsHybrid', 'oewsHybrid-soc2018', 'soc2010-soc2018'];

/** The lineage of every code, built once per dataset. */
export const getLineage = oncePer('lineage/getLineage', (dataset: Dataset): Lineage => buildLineage(linksOf(dataset)));

/** Every link of the shipped tables, with the boundary it crosses. */
export function linksOf(dataset: Dataset): { boundaries: Boundary[]; links: LineageLink[] } {
  const boundaries: Boundary[] = [];
  const links: LineageLink[] = [];
  for (const cw of dataset.crosswalks) {
    const id: BoundaryId = cw.fromRevision === 2000 ? 'soc2000-soc2010' : 'soc2010-soc2018';
    boundaries.push({ id, from: cw.fromRevision === 2000 ? 'soc2000' : 'soc2010', to: cw.toRevision === 2010 ? 'soc2010' : 'soc2018', file: cw.file });
    for (const r of cw.records) links.push({ boundary: id, fromCode: r.fromCode, fromTitle: r.fromTitle, toCode: r.toCode, toTitle: r.toTitle, source: r.source });
  }
  const hybrid = dataset.oewsHybrid;
  if (hybrid) {
    boundaries.push({ id: 'soc2010-oewsHybrid', from: 'soc2010', to: 'oewsHybrid', file: hybrid.file });
    boundaries.push({ id: 'oewsHybrid-soc2018', from: 'oewsHybrid', to: 'soc2018', file: hybrid.file });
    for (const h of hybrid.links) {
      // The May 2018 side is the OES 2018 code: exactly the codes of the May 2018 release,
      // which are the 2010 SOC codes plus a few OEWS aggregations of them.
      links.push({ boundary: 'soc2010-oewsHybrid', fromCode: h.oes2018Code, fromTitle: h.oes2018Title, toCode: h.oewsCode, toTitle: h.oewsTitle, source: h.source });
      links.push({ boundary: 'oewsHybrid-soc2018', fromCode: h.oewsCode, fromTitle: h.oewsTitle, toCode: h.soc2018Code, toTitle: h.soc2018Title, source: h.source });
    }
  }
  boundaries.sort((a, b) => BOUNDARY_ORDER.indexOf(a.id) - BOUNDARY_ORDER.indexOf(b.id));
  return { boundaries, links };
}

interface Side {
  /** code -> the distinct codes across the boundary, in table order */
  across: Map<string, string[]>;
  titles: Map<string, string>;
  links: Map<string, LineageLink[]>;
}

/** The lineage over a list of links: pure, so tests can feed it small inline tables. */
export function buildLineage({ boundaries, links }: { boundaries: Boundary[]; links: LineageLink[] }): Lineage {
  const sides = new Map<string, Side>();
  const side = (boundary: BoundaryId, direction: 'forward' | 'backward'): Side => {
    const key = `${boundary}:${direction}`;
    let s = sides.get(key);
    if (!s) sides.set(key, (s = { across: new Map(), titles: new Map(), links: new Map() }));
    return s;
  };
  for (const link of links) {
    const add = (s: Side, code: string, title: string, other: string): void => {
      const list = s.across.get(code) ?? [];
      if (!list.includes(other)) list.push(other);
      s.across.set(code, list);
      if (!s.titles.has(code)) s.titles.set(code, title);
      s.links.set(code, [...(s.links.get(code) ?? []), link]);
    };
    add(side(link.boundary, 'forward'), link.fromCode, link.fromTitle, link.toCode);
    add(side(link.boundary, 'backward'), link.toCode, link.toTitle, link.fromCode);
  }
  const byId = new Map(boundaries.map((b) => [b.id, b]));
  const codeSets = new Map<Classification, Set<string>>();
  for (const b of boundaries) {
    const from = codeSets.get(b.from) ?? new Set<string>();
    const to = codeSets.get(b.to) ?? new Set<string>();
    side(b.id, 'forward').across.forEach((_, code) => from.add(code));
    side(b.id, 'backward').across.forEach((_, code) => to.add(code));
    codeSets.set(b.from, from);
    codeSets.set(b.to, to);
  }

  const change = (socCode: string, id: BoundaryId, direction: 'forward' | 'backward'): LineageChange | null => {
    const boundary = byId.get(id);
    const own = side(id, direction);
    const counter = side(id, direction === 'forward' ? 'backward' : 'forward');
    const across = own.across.get(socCode);
    if (!boundary || !across) return null;
    const [ownClass, otherClass] = direction === 'forward' ? [boundary.from, boundary.to] : [boundary.to, boundary.from];
    const ref = (s: Side, code: string, classification: Classification): CodeRef => ({ socCode: code, title: s.titles.get(code) ?? code, classification });
    const code = ref(own, socCode, ownClass);
    const counterparts = across.map((c) => ref(counter, c, otherClass));
    let relation: Relation;
    let partners: CodeRef[] = [];
    if (across.length > 1) {
      relation = direction === 'forward' ? 'split' : 'merged';
    } else {
      const siblings = (counter.across.get(across[0]!) ?? []).filter((c) => c !== socCode);
      if (siblings.length > 0) {
        // Forward: the new code also took in other old codes. Backward: the old code also became other new codes.
        relation = direction === 'forward' ? 'merged' : 'split';
        partners = siblings.map((c) => ref(own, c, ownClass));
      } else {
        relation = across[0] === socCode && sameTitle(code.title, counterparts[0]!.title) ? 'unchanged' : 'renamed';
      }
    }
    return { boundary, direction, code, relation, counterparts, partners, links: own.links.get(socCode) ?? [] };
  };

  return {
    boundaries,
    change,
    changes: (socCode, direction) =>
      boundaries.map((b) => change(socCode, b.id, direction)).filter((c): c is LineageChange => c !== null),
    classificationsOf: (socCode) => CLASSIFICATIONS.filter((c) => codeSets.get(c)?.has(socCode)),
    codesOf: (classification) => codeSets.get(classification) ?? new Set(),
  };
}

/** Titles differ in case and spacing between tables ("Registered Nurses", "Registered nurses"). */
export function sameTitle(a: string, b: string): boolean {
  const norm = (s: string) => s.toLowerCase().replace(/[\u2010-\u2015]/g, '-').replace(/\s+/g, ' ').trim();
  return norm(a) === norm(b);
}

/**
 * The code a series continues under across a boundary, or null where it must break: only a
 * one-to-one change (unchanged or renamed) keeps two figures comparable.
 */
export function continuation(change: LineageChange | null): CodeRef | null {
  if (!change) return null;
  return change.relation === 'unchanged' || change.relation === 'renamed' ? change.counterparts[0] ?? null : null;
}
