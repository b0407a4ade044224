import type { ChartSpec } from './charts/spec';
import { projectionHistoryChart, wageHistoryChart } from './charts/profile-charts';
import type { DownloadLinks } from './downloads';
import type { OccupationProfile } from './profile';
import { projectionHistoryTable, wageHistoryTable } from './profile-tables';
import type { DataTable } from './tables';

/**
 * The files of an occupation's profile: its wage history and its projections, each as a
 * chart (`/occupations/29-2071/wages.svg`) and as the chart's table (`wages.csv`).
 */
export const PROFILE_FILE_SLUGS = ['wages', 'projections'] as const;
export type ProfileFileSlug = (typeof PROFILE_FILE_SLUGS)[number];

export function isProfileFileSlug(value: string): value is ProfileFileSlug {
  return (PROFILE_FILE_SLUGS as readonly string[]).includes(value);
}

export interface ProfileFile {
  slug: ProfileFileSlug;
  spec: ChartSpec;
  table: DataTable;
  programs: ('oews' | 'ep')[];
  /** File name parts before the download date. */
  nameParts: string[];
}

/** Null where the profile has nothing to chart (no OEWS rows, or no projections of its own). */
export function profileFile(p: OccupationProfile, slug: ProfileFileSlug): ProfileFile | null {
  if (slug === 'wages') {
    if (p.wages.rows.length === 0) return null;
    return { slug, spec: wageHistoryChart(p), table: wageHistoryTable(p), programs: ['oews'], nameParts: [p.socCode, 'wages', 'oews'] };
  }
  if (!p.projections.rows.some((r) => r.style.segment.kind === 'own')) return null;
  return { slug, spec: projectionHistoryChart(p), table: projectionHistoryTable(p), programs: ['ep'], nameParts: [p.socCode, 'projections', 'ep'] };
}

export function profileFileHref(socCode: string, slug: ProfileFileSlug, ext: 'svg' | 'csv', width?: 'narrow' | 'wide'): string {
  return `/occupations/${socCode}/${slug}.${ext}${width ? `?width=${width}` : ''}`;
}

export function profileDownloadLinks(socCode: string, slug: ProfileFileSlug, title: string): DownloadLinks {
  return {
    title,
    csv: profileFileHref(socCode, slug, 'csv'),
    svg: `${profileFileHref(socCode, slug, 'svg', 'wide')}&download=1`,
    about: `/about-data/occupations/${socCode}/${slug}`,
  };
}
