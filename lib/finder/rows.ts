import type { Estimate } from '@/lib/bls/types';
import type { Dataset } from '@/lib/data/assemble';
import { findProjection, findWageEstimate, latestVintage, latestWageRelease } from '@/lib/data/occupations';
import { oncePer } from '@/lib/data/once';
import { getMatcher, searchCodes } from '@/lib/search/matcher';
import { EDUCATION, EXPERIENCE, TRAINING, type FinderParams, type FinderSort, type SortKey } from './params';

/** One current detailed occupation: EP's latest vintage for jobs, growth, openings and entry requirements; OEWS's latest release for the wage. */
export interface FinderRow {
  socCode: string;
  title: string;
  majorGroup: { code: string; title: string };
  /** Median annual wage of the latest OEWS release; null where the release does not have the code. */
  medianAnnualWage: Estimate | null;
  /** EP employment in the base year, thousands of jobs (including the self-employed). */
  employment: Estimate;
  changePercent: Estimate;
  /** Openings a year, thousands (annual average over the projection period). */
  openings: Estimate;
  education: string | null;
  workExperience: string | null;
  onTheJobTraining: string | null;
}

export interface FinderSource {
  /** "May 2024" */
  release: string;
  wageYear: number;
  /** "2024-34" */
  vintage: string;
  baseYear: number;
  targetYear: number;
  oewsFile: string;
  epFile: string;
}

const fold = (s: string | null): string => (s ?? '').replace(/[\u2018\u2019]/g, "'").trim().toLowerCase();

/** The position of a category in its scale (education from none to doctoral), for filters and sorting. */
const rankIn = (scale: Record<string, string>) => {
  const order = Object.values(scale).map(fold);
  return (value: string | null): number | null => {
    const i = order.indexOf(fold(value));
    return i < 0 ? null : i;
  };
};
export const educationRank = rankIn(EDUCATION);
export const experienceRank = rankIn(EXPERIENCE);
export const trainingRank = rankIn(TRAINING);

/** Every detailed occupation of the latest EP vintage, with its wage from the latest OEWS release; built once. */
export const getFinderRows = oncePer('finder/getFinderRows', (dataset: Dataset): { rows: FinderRow[]; source: FinderSource } => {
  const vintage = latestVintage(dataset);
  const release = latestWageRelease(dataset);
  const rows = vintage.projections
    .filter((p) => p.level === 'detailed')
    .map((p): FinderRow => {
      const groupCode = `${p.socCode.slice(0, 2)}-0000`;
      return {
        socCode: p.socCode,
        title: p.title,
        majorGroup: { code: p.socCode.slice(0, 2), title: findProjection(vintage, groupCode)?.title ?? groupCode },
        medianAnnualWage: findWageEstimate(release, p.socCode)?.annual.median ?? null,
        employment: p.employmentBase,
        changePercent: p.changePercent,
        openings: p.openings,
        education: p.education,
        workExperience: p.workExperience,
        onTheJobTraining: p.onTheJobTraining,
      };
    });
  return {
    rows,
    source: {
      release: release.release,
      wageYear: release.year,
      vintage: vintage.vintage,
      baseYear: vintage.baseYear,
      targetYear: vintage.targetYear,
      oewsFile: release.file,
      epFile: vintage.employmentTable.file,
    },
  };
});

/** A wage for comparing: a top-coded one counts as its top code (at least that much). */
function wageFloor(e: Estimate | null): number | null {
  if (!e) return null;
  if (e.kind === 'value') return e.value;
  return e.kind === 'top-coded' ? e.atLeast : null;
}
const numberOf = (e: Estimate | null): number | null => (e?.kind === 'value' ? e.value : null);

/** The rows a view shows, filtered and sorted. A row without the figure a filter asks about is left out. */
export function filterRows(dataset: Dataset, rows: readonly FinderRow[], p: FinderParams): FinderRow[] {
  const matching = p.text ? new Set(searchCodes(getMatcher(dataset), p.text, Number.POSITIVE_INFINITY).hits.map((h) => h.status.socCode)) : null;
  const levels = (wanted: readonly string[], scale: Record<string, string>) => new Set(wanted.map((k) => fold(scale[k] ?? '')));
  const education = levels(p.education, EDUCATION);
  const experience = levels(p.experience, EXPERIENCE);
  const training = levels(p.training, TRAINING);
  const kept = rows.filter((r) => {
    if (matching && !matching.has(r.socCode)) return false;
    if (p.groups.length && !p.groups.includes(r.majorGroup.code)) return false;
    if (education.size && !education.has(fold(r.education))) return false;
    if (experience.size && !experience.has(fold(r.workExperience))) return false;
    if (training.size && !training.has(fold(r.onTheJobTraining))) return false;
    const wage = wageFloor(r.medianAnnualWage);
    if (p.minWage !== null && (wage === null || wage < p.minWage)) return false;
    // A top-coded wage is at least its top code: above any maximum below that, unknown above it.
    if (p.maxWage !== null && (wage === null || r.medianAnnualWage?.kind !== 'value' || wage > p.maxWage)) return false;
    const growth = numberOf(r.changePercent);
    if (p.minGrowth !== null && (growth === null || growth < p.minGrowth)) return false;
    return true;
  });
  return sortRows(kept, p.sort);
}

const SORT_VALUE: Record<SortKey, (r: FinderRow) => number | string | null> = {
  title: (r) => r.title.toLowerCase(),
  group: (r) => r.majorGroup.code,
  wage: (r) => wageFloor(r.medianAnnualWage),
  jobs: (r) => numberOf(r.employment),
  growth: (r) => numberOf(r.changePercent),
  openings: (r) => numberOf(r.openings),
  education: (r) => educationRank(r.education),
  experience: (r) => experienceRank(r.workExperience),
  training: (r) => trainingRank(r.onTheJobTraining),
};

/** Sorted by one column either way; rows without a value last either way, ties by title then code. */
export function sortRows(rows: readonly FinderRow[], sort: FinderSort): FinderRow[] {
  const value = SORT_VALUE[sort.key];
  const sign = sort.descending ? -1 : 1;
  return [...rows].sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    if (va === null || vb === null) {
      if (va !== vb) return va === null ? 1 : -1;
    } else if (va !== vb) return sign * (va < vb ? -1 : 1);
    return a.title.localeCompare(b.title) || a.socCode.localeCompare(b.socCode);
  });
}
