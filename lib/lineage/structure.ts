import type { Dataset } from '../data/assemble';
import { oncePer } from '../data/once';
import { CLASSIFICATIONS, continuation, getLineage, type Classification, type Lineage } from './lineage';

/**
 * Which codes a release or vintage is published under. `soc2000-2010` is the mix OEWS used in
 * May 2010 and 2011 (and EP 2010-20): 2000 SOC codes where the 2010 SOC had not yet been
 * adopted, 2010 SOC codes elsewhere, plus a few OEWS-only aggregations.
 */
export type Structure = Classification | 'soc2000-2010';

export const STRUCTURE_LABEL: Record<Structure, string> = {
  soc2000: '2000 SOC',
  'soc2000-2010': 'a mix of 2000 and 2010 SOC codes',
  soc2010: '2010 SOC',
  oewsHybrid: 'the OEWS hybrid of 2010 and 2018 SOC',
  soc2018: '2018 SOC',
};

/**
 * The structure of a set of published detailed codes, read from the codes themselves: which
 * classification holds codes that no other classification has. The result agrees with BLS's
 * account (OEWS: 2000 SOC to May 2009, a 2000/2010 hybrid in May 2010–2011, 2010 SOC May
 * 2012–2018, the 2010/2018 hybrid May 2019–2020, 2018 SOC from May 2021; bls.gov/oes/soc_2018.htm
 * and bls.gov/oes/soc_2010.htm), and picks up a new release with no code change.
 */
export function detectStructure(codes: Iterable<string>, lineage: Lineage): Structure | null {
  const classes = CLASSIFICATIONS;
  const distinctive = new Map<Classification, number>(classes.map((c) => [c, 0]));
  for (const code of codes) {
    const holders = lineage.classificationsOf(code);
    if (holders.length === 1) distinctive.set(holders[0]!, distinctive.get(holders[0]!)! + 1);
  }
  const has = (c: Classification) => distinctive.get(c)! > 0;
  if (has('soc2000') && has('soc2010')) return 'soc2000-2010';
  if (has('soc2000')) return 'soc2000';
  if (has('soc2018')) return 'soc2018';
  // OEWS kept a few May 2018 aggregations into the hybrid, so 2010 codes decide before hybrid ones.
  if (has('soc2010')) return 'soc2010';
  if (has('oewsHybrid')) return 'oewsHybrid';
  return null;
}

/** One release or vintage on a timeline, as lineage sees it. */
export interface TimelineEntry {
  /** "May 2008" or "2008-18". */
  label: string;
  /** The year it is drawn at: the May reference year, or the projections' base year. */
  x: number;
  structure: Structure | null;
  /** Every code published in it. */
  codes: ReadonlySet<string>;
}

/** The OEWS releases and the EP vintages as timelines, oldest first; built once per dataset. */
export const getTimelines = oncePer('lineage/getTimelines', (dataset: Dataset): { wages: TimelineEntry[]; projections: TimelineEntry[] } => {
  const lineage = getLineage(dataset);
  const entry = (label: string, x: number, rows: { socCode: string; level: string }[]): TimelineEntry => ({
    label,
    x,
    structure: detectStructure(rows.filter((r) => r.level === 'detailed').map((r) => r.socCode), lineage),
    codes: new Set(rows.map((r) => r.socCode)),
  });
  return {
    wages: dataset.wageReleases.map((r) => entry(r.release, r.year, r.estimates)),
    projections: dataset.projectionVintages.map((v) => entry(v.vintage, v.baseYear, v.projections)),
  };
});

/**
 * Which classification a published code belongs to in an entry. In the 2000/2010 mix a code
 * found in both revisions counts as 2010 once any other code of its 2000->2010 change is
 * published beside it (29-1111 registered nurses stayed a 2000 code until May 2011).
 */
export function classificationIn(entry: TimelineEntry, socCode: string, lineage: Lineage): Classification | null {
  const s = entry.structure;
  if (s === null) return null;
  if (s !== 'soc2000-2010') return s;
  const in2000 = lineage.codesOf('soc2000').has(socCode);
  const in2010 = lineage.codesOf('soc2010').has(socCode);
  if (in2000 && !in2010) return 'soc2000';
  if (!in2000) return 'soc2010';
  const change = lineage.change(socCode, 'soc2000-soc2010', 'forward');
  if (!change || continuation(change)?.socCode === socCode) return 'soc2010';
  const others = [...change.counterparts, ...change.partners].map((c) => c.socCode).filter((c) => c !== socCode);
  return others.some((c) => entry.codes.has(c)) ? 'soc2010' : 'soc2000';
}

/** The classifications an entry's codes may belong to. */
export function classificationsOfStructure(structure: Structure | null): Classification[] {
  if (structure === null) return [];
  return structure === 'soc2000-2010' ? ['soc2000', 'soc2010'] : [structure];
}
