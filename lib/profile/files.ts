import type { ChartSpec } from '../charts/spec';
import { projectionHistoryChart, wageHistoryChart } from './charts';
import type { DownloadLinks } from '../http/downloads';
import type { OccupationProfile } from './model';
import { projectionHistoryTable, wageHistoryTable } from './tables';
import type { DataTable } from '../tables/table';
import type { Dataset } from '../data/assemble';
import { getScorecard, scorecardFor } from '../scorecard/model';
import { occupationScorecardTable } from '../scorecard/tables';
import type { CpiAnnualSeries } from '../bls/cpi';
import { DOLLARS_PARAM, dollarsKey, NOMINAL, tableDollarsTag, type Dollars } from '../dollars/real-dollars';
import type { Fields } from '../http/query';

/**
 * The files of an occupation's profile: its wage history and its projections, each as a
 * chart (`/occupations/29-2071/wages.svg`, and as PNG `wages.png`) and as the chart's table (`wages.csv`).
 */
/** A profile file's own parameter (beside the figure's width and download): `?dollars=nominal`. */
export const PROFILE_FILE_QUERY = { dollars: DOLLARS_PARAM } satisfies Fields;

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
  /** File name parts of the chart (SVG, PNG) before the download date: the chart's dollars. */
  nameParts: string[];
  /** File name parts of the table (CSV): its table holds the published wages, and the constant-dollar ones beside them. */
  tableNameParts: string[];
}

/** How a wage file is priced: its dollars and the CPI-U series that converts them. */
export interface WageDollars {
  dollars: Dollars;
  cpi: CpiAnnualSeries | null;
}

/** Null where the profile has nothing to chart (no OEWS rows, or no projections of its own). */
export function profileFile(p: OccupationProfile, slug: ProfileFileSlug, priced: WageDollars = { dollars: NOMINAL, cpi: null }): ProfileFile | null {
  if (slug === 'wages') {
    if (p.wages.rows.length === 0) return null;
    const spec = wageHistoryChart(p, priced.dollars, priced.cpi);
    const base = [p.socCode, 'wages', 'oews'];
    return { slug, spec, table: wageHistoryTable(p, priced.dollars, priced.cpi), programs: ['oews'], nameParts: [...base, dollarsKey(priced.dollars)], tableNameParts: [...base, tableDollarsTag(priced.dollars)] };
  }
  if (!p.projections.rows.some((r) => r.style.segment.kind === 'own')) return null;
  const nameParts = [p.socCode, 'projections', 'ep'];
  return { slug, spec: projectionHistoryChart(p), table: projectionHistoryTable(p), programs: ['ep'], nameParts, tableNameParts: nameParts };
}

/** `dollars` (nominal or a base year) only for wages, and only where it is not the default. */
export function profileFileHref(socCode: string, slug: ProfileFileSlug, ext: 'svg' | 'png' | 'csv', width?: 'narrow' | 'wide', dollars?: string | null): string {
  const q = new URLSearchParams();
  if (width) q.set('width', width);
  if (dollars) q.set('dollars', dollars);
  const query = q.toString();
  return `/occupations/${socCode}/${slug}.${ext}${query ? `?${query}` : ''}`;
}

export function profileDownloadLinks(socCode: string, slug: ProfileFileSlug, title: string, dollars?: string | null): DownloadLinks {
  const about = `/about-data/occupations/${socCode}/${slug}${dollars ? `?dollars=${dollars}` : ''}`;
  return {
    title,
    csv: profileFileHref(socCode, slug, 'csv', undefined, dollars),
    svg: `${profileFileHref(socCode, slug, 'svg', 'wide', dollars)}&download=1`,
    png: `${profileFileHref(socCode, slug, 'png', 'wide', dollars)}&download=1`,
    about,
  };
}

/** Every scored projection of the code (did BLS's projections come true?), or null where none was scored. */
export function profileScorecardTable(dataset: Dataset, p: OccupationProfile): DataTable | null {
  const entries = scorecardFor(getScorecard(dataset), p.socCode);
  return entries.length ? occupationScorecardTable(p.socCode, entries) : null;
}

export function profileScorecardLinks(socCode: string, title: string): DownloadLinks {
  return { title, csv: `/occupations/${socCode}/scorecard.csv`, about: `/about-data/occupations/${socCode}/scorecard` };
}
