import type { Dataset, ProjectionVintage, WageRelease } from './assemble';
import type { WageEstimate } from '../bls/oews';
import type { Projection } from '../bls/projection-merge';
import { oncePer } from './once';
import { SOC_CODE } from '../bls/cells';

export const ALL_OCCUPATIONS = '00-0000';

/** A code as it appears across the shipped releases and vintages. */
export interface Occupation {
  socCode: string;
  /** The most recent title, from the latest release or vintage that has the code. */
  title: string;
  /** Every distinct title, with where it was first and last used. */
  titles: { title: string; first: string; last: string }[];
  level: string;
  wageYears: number[];
  vintages: string[];
}

export interface OccupationIndex {
  byCode: Map<string, Occupation>;
  list: Occupation[];
}

/** All codes found in any release or vintage, built once per dataset. */
export const getOccupationIndex = oncePer('data/getOccupationIndex', (dataset: Dataset): OccupationIndex => {
  const byCode = new Map<string, Occupation>();
  const seen = (code: string, title: string, where: string, level: string): Occupation => {
    let occ = byCode.get(code);
    if (!occ) {
      occ = { socCode: code, title, titles: [], level, wageYears: [], vintages: [] };
      byCode.set(code, occ);
    }
    occ.title = title;
    if (level === 'detailed' || occ.level !== 'detailed') occ.level = level;
    const last = occ.titles[occ.titles.length - 1];
    if (last && last.title.toLowerCase() === title.toLowerCase()) last.last = where;
    else occ.titles.push({ title, first: where, last: where });
    return occ;
  };
  // Chronological by reference year, so the last title seen is the current one.
  const events: { year: number; apply: () => void }[] = [];
  for (const r of dataset.wageReleases) {
    events.push({ year: r.year, apply: () => {
      for (const e of r.estimates) {
        const occ = seen(e.socCode, e.title, r.release, e.level);
        if (!occ.wageYears.includes(r.year)) occ.wageYears.push(r.year);
      }
    } });
  }
  for (const v of dataset.projectionVintages) {
    events.push({ year: v.baseYear + 0.5, apply: () => {
      for (const p of v.projections) {
        const occ = seen(p.socCode, p.title, `EP ${v.vintage}`, p.level === 'detailed' ? 'detailed' : 'summary');
        occ.vintages.push(v.vintage);
      }
    } });
  }
  events.sort((a, b) => a.year - b.year).forEach((e) => e.apply());
  const list = [...byCode.values()].sort((a, b) => a.socCode.localeCompare(b.socCode));
  const index = { byCode, list };
  return index;
});

/** Null for anything that is not a well-formed code. */
export function parseSocCode(raw: string): string | null {
  const code = raw.trim();
  return SOC_CODE.test(code) ? code : null;
}

export function getWageRelease(dataset: Dataset, year: number): WageRelease | null {
  return dataset.wageReleases.find((r) => r.year === year) ?? null;
}

export function getVintage(dataset: Dataset, vintage: string): ProjectionVintage | null {
  return dataset.projectionVintages.find((v) => v.vintage === vintage) ?? null;
}

const wageLookup = oncePer('data/wageLookup', (release: WageRelease): Map<string, WageEstimate> => {
  const byCode = new Map<string, WageEstimate>();
  for (const e of release.estimates) {
    const seen = byCode.get(e.socCode);
    if (!seen || (seen.level !== 'detailed' && e.level === 'detailed')) byCode.set(e.socCode, e);
  }
  return byCode;
});

const projectionLookup = oncePer('data/projectionLookup', (vintage: ProjectionVintage) => new Map(vintage.projections.map((p) => [p.socCode, p])));

/** The OEWS estimate for a code; where a code is both broad and detailed (2017+), the detailed row. Indexed once per release. */
export function findWageEstimate(release: WageRelease, socCode: string): WageEstimate | null {
  return wageLookup(release).get(socCode) ?? null;
}

export function findProjection(vintage: ProjectionVintage, socCode: string): Projection | null {
  return projectionLookup(vintage).get(socCode) ?? null;
}

export function latestWageRelease(dataset: Dataset): WageRelease {
  const r = dataset.wageReleases[dataset.wageReleases.length - 1];
  if (!r) throw new Error('No OEWS release in data/oews');
  return r;
}

export function latestVintage(dataset: Dataset): ProjectionVintage {
  const v = dataset.projectionVintages[dataset.projectionVintages.length - 1];
  if (!v) throw new Error('No projections vintage in data/projections');
  return v;
}
