import { CLASSIFICATIONS, continuation, type Classification, type Lineage, type LineageChange } from './lineage';
import { ALL_OCCUPATIONS } from '../data/occupations';
import { classificationIn, classificationsOfStructure, type TimelineEntry } from './structure';

/** A code as one classification defines it: 29-2071 in the 2010 SOC. */
export interface CodeNode {
  classification: Classification;
  socCode: string;
}

export interface SeriesPoint {
  /** Index of the entry in the timeline. */
  index: number;
  entry: TimelineEntry;
  /** The code the figure is published under in that entry. */
  socCode: string;
}

/**
 * A run of comparable figures: one occupation followed through one-to-one (unchanged or
 * renamed) changes only. `own` segments are the profile code's; `linked` ones are the codes
 * it was split into, merged into or came from, which are not comparable with it.
 */
export interface Segment {
  key: string;
  kind: 'own' | 'linked';
  nodes: CodeNode[];
  points: SeriesPoint[];
  /** Linked segments: the change that links them to the profile code. */
  via: LineageChange | null;
}

/** Where consecutive entries change structure and the profile code's series does not simply go on. */
export interface SeriesBreak {
  /** Drawn halfway between the two entries. */
  x: number;
  before: TimelineEntry;
  after: TimelineEntry;
  /** The own code published on each side, if any. */
  ownBefore: string | null;
  ownAfter: string | null;
}

export interface LineageSeries {
  own: Segment[];
  linked: Segment[];
  breaks: SeriesBreak[];
  /** Linked codes left out because `maxLinked` was reached. */
  omitted: LineageChange[];
}

const key = (n: CodeNode) => `${n.classification}:${n.socCode}`;

/** The all-occupations total means the same under every classification. */

/**
 * The figures of a code along a timeline of releases or vintages, cut into comparable
 * segments, with the non-comparable codes it is linked to as their own segments.
 */
export function lineageSeries(lineage: Lineage, timeline: readonly TimelineEntry[], socCode: string, maxLinked = 6): LineageSeries {
  const seeds = new Map<string, CodeNode>();
  for (const classification of lineage.classificationsOf(socCode)) seeds.set(key({ classification, socCode }), { classification, socCode });
  timeline.forEach((entry) => {
    const classification = entry.codes.has(socCode) ? classificationIn(entry, socCode, lineage) : null;
    if (classification) seeds.set(key({ classification, socCode }), { classification, socCode });
  });
  const ownClasses = classesOf([...seeds.values()], lineage, socCode);
  const own = ownClasses
    .map((nodes, i): Segment => ({ key: `own-${i}`, kind: 'own', nodes, points: pointsOf(nodes, timeline, lineage, socCode), via: null }))
    .filter((s) => s.points.length > 0)
    .sort((a, b) => a.points[0]!.index - b.points[0]!.index);
  const ownKeys = new Set(ownClasses.flat().map(key));

  const linked: Segment[] = [];
  const omitted: LineageChange[] = [];
  const seen = new Set<string>(ownKeys);
  for (const nodes of ownClasses) {
    for (const node of nodes) {
      for (const change of nonContinuableChanges(lineage, node)) {
        for (const counterpart of change.counterparts) {
          const target: CodeNode = { classification: counterpart.classification, socCode: counterpart.socCode };
          if (seen.has(key(target))) continue;
          const nodes = classesOf([target], lineage, counterpart.socCode)[0] ?? [target];
          nodes.forEach((n) => seen.add(key(n)));
          const points = pointsOf(nodes, timeline, lineage, counterpart.socCode);
          if (points.length === 0) continue;
          if (linked.length >= maxLinked) omitted.push(change);
          else linked.push({ key: `linked-${key(target)}`, kind: 'linked', nodes, points, via: change });
        }
      }
    }
  }
  linked.sort((a, b) => a.points[0]!.index - b.points[0]!.index || a.key.localeCompare(b.key));
  return { own, linked, breaks: breaksOf(timeline, own, linked), omitted };
}

/** Groups nodes into classes of one-to-one-linked nodes (each seed's class, merged where they meet). */
function classesOf(seeds: CodeNode[], lineage: Lineage, socCode: string): CodeNode[][] {
  const classes: CodeNode[][] = [];
  const assigned = new Set<string>();
  for (const seed of seeds) {
    if (assigned.has(key(seed))) continue;
    const members = new Map<string, CodeNode>([[key(seed), seed]]);
    const queue = [seed];
    while (queue.length) {
      const node = queue.shift()!;
      for (const next of oneToOne(lineage, node)) {
        if (!members.has(key(next))) {
          members.set(key(next), next);
          queue.push(next);
        }
      }
      // The total is one series whatever classification it is published under.
      if (socCode === ALL_OCCUPATIONS) {
        for (const c of CLASSIFICATIONS) {
          const n = { classification: c, socCode };
          if (!members.has(key(n))) members.set(key(n), n);
        }
      }
    }
    members.forEach((_, k) => assigned.add(k));
    classes.push([...members.values()]);
  }
  return classes;
}

/** The nodes a series may continue into, across every boundary touching the node. */
function oneToOne(lineage: Lineage, node: CodeNode): CodeNode[] {
  const out: CodeNode[] = [];
  for (const b of lineage.boundaries) {
    const next = b.from === node.classification ? seriesStep(lineage, node, b, 'forward') : null;
    if (next) out.push({ classification: b.to, socCode: next.socCode });
    const previous = b.to === node.classification ? seriesStep(lineage, node, b, 'backward') : null;
    if (previous) out.push({ classification: b.from, socCode: previous.socCode });
  }
  return out;
}

/**
 * The code a node's series goes on as across one boundary, or null where it ends there: a
 * one-to-one change (unchanged or renamed), or a hybrid broad code regrouped into its 2018 group.
 */
function seriesStep(lineage: Lineage, node: CodeNode, b: Lineage['boundaries'][number], direction: 'forward' | 'backward'): { socCode: string } | null {
  const change = lineage.change(node.socCode, b.id, direction);
  if (direction === 'forward') return continuation(change) ?? regroupedAsBroad(lineage, change);
  return continuation(change) ?? (b.id === 'oewsHybrid-soc2018' ? broadBefore(lineage, node.socCode) : null);
}

/**
 * Hybrid codes that BLS notes as "2018 SOC broad occupation" (13-1020 buyers and purchasing
 * agents) split into exactly the detailed codes of that broad group, which OEWS goes on
 * publishing as the broad code from May 2021: the same occupations, so the series goes on.
 */
function regroupedAsBroad(lineage: Lineage, change: LineageChange | null): { socCode: string } | null {
  if (!change || change.boundary.id !== 'oewsHybrid-soc2018' || change.direction !== 'forward' || change.relation !== 'split') return null;
  const broad = change.code.socCode;
  if (!broad.endsWith('0')) return null;
  const prefix = broad.slice(0, 6);
  const group = [...lineage.codesOf('soc2018')].filter((c) => c.startsWith(prefix) && c !== broad).sort();
  const parts = change.counterparts.map((c) => c.socCode).sort();
  return parts.length === group.length && parts.every((c, i) => c === group[i]) ? { socCode: broad } : null;
}

function broadBefore(lineage: Lineage, socCode: string): { socCode: string } | null {
  return regroupedAsBroad(lineage, lineage.change(socCode, 'oewsHybrid-soc2018', 'forward'));
}

/** Changes of a node that end its series: splits and merges, in both directions. */
function nonContinuableChanges(lineage: Lineage, node: CodeNode): LineageChange[] {
  const out: LineageChange[] = [];
  for (const b of lineage.boundaries) {
    for (const direction of ['backward', 'forward'] as const) {
      if ((direction === 'forward' ? b.from : b.to) !== node.classification) continue;
      const change = lineage.change(node.socCode, b.id, direction);
      if (change && !seriesStep(lineage, node, b, direction)) out.push(change);
    }
  }
  return out;
}

function pointsOf(nodes: CodeNode[], timeline: readonly TimelineEntry[], lineage: Lineage, preferred: string): SeriesPoint[] {
  const points: SeriesPoint[] = [];
  timeline.forEach((entry, index) => {
    const allowed = classificationsOfStructure(entry.structure);
    const present = nodes.filter((n) => allowed.includes(n.classification) && entry.codes.has(n.socCode) && classificationIn(entry, n.socCode, lineage) === n.classification);
    const node = present.find((n) => n.socCode === preferred) ?? present[0];
    if (node) points.push({ index, entry, socCode: node.socCode });
  });
  return points;
}

function breaksOf(timeline: readonly TimelineEntry[], own: Segment[], linked: Segment[]): SeriesBreak[] {
  const drawn = [...own, ...linked];
  const at = (segments: Segment[], index: number) => segments.map((s) => ({ s, p: s.points.find((p) => p.index === index) })).find((x) => x.p);
  const keysAt = (index: number) => drawn.filter((s) => s.points.some((p) => p.index === index)).map((s) => s.key).sort().join(' ');
  const breaks: SeriesBreak[] = [];
  for (let i = 0; i + 1 < timeline.length; i++) {
    const before = timeline[i]!;
    const after = timeline[i + 1]!;
    if (before.structure === after.structure || before.structure === null || after.structure === null) continue;
    const a = at(own, i);
    const b = at(own, i + 1);
    // Marked where one drawn series stops and another takes over: beside the code's own series, or
    // between two linked ones (29-2098 gives way to 29-2072 and 29-9021). A series that merely starts needs none.
    const ends = drawn.some((s) => s.points.some((p) => p.index === i) && !s.points.some((p) => p.index === i + 1));
    const starts = drawn.some((s) => s.points.some((p) => p.index === i + 1) && !s.points.some((p) => p.index === i));
    const drawnBefore = drawn.some((s) => s.points.some((p) => p.index <= i));
    const drawnAfter = drawn.some((s) => s.points.some((p) => p.index > i));
    const ownAdjacent = (a || b) && keysAt(i) !== keysAt(i + 1);
    if (!drawnBefore || !drawnAfter || !(ownAdjacent || (ends && starts))) continue;
    // The profile's own series going on one to one is not broken, whatever starts beside it.
    if (a && b && a.s.key === b.s.key) continue;
    breaks.push({ x: (before.x + after.x) / 2, before, after, ownBefore: a?.p?.socCode ?? null, ownAfter: b?.p?.socCode ?? null });
  }
  return breaks;
}
