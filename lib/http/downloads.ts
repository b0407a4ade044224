import { formatIsoDate } from '../tables/format';

/**
 * What a download control offers for one figure or table: plain data a page builds on the
 * server and components/figure-downloads draws. Any view (comparison, release, profile) that
 * can name these URLs gets the same controls.
 */
export interface DownloadLinks {
  /** What the file holds, as the page titles it; ends each control's accessible name. */
  title: string;
  csv: string;
  /** The chart as an SVG attachment; absent for a table without a chart. */
  svg?: string;
  /** The same chart as a PNG attachment at twice the SVG's size, drawn on the server; present wherever `svg` is. */
  png?: string;
  /** The companion "about this data" page. */
  about: string;
}

export type DownloadExtension = 'csv' | 'svg' | 'png';

/**
 * A file name that says what is inside and when it was downloaded, parts joined with "_":
 * `growth_29-2071_31-9094_2008-18_2026-11-29.csv`. Anything but letters, digits, "." and "-"
 * in a part becomes "-", so the name is safe in a header and on every file system.
 */
export function downloadFileName(parts: readonly string[], ext: DownloadExtension, downloaded: Date): string {
  return `${[...parts, formatIsoDate(downloaded)].map((p) => p.replace(/[^A-Za-z0-9.-]+/g, '-')).join('_')}.${ext}`;
}

/** An OEWS release in a file name: `may-2008`. */
export function releaseTag(year: number): string {
  return `may-${year}`;
}

/**
 * Dated files are never cached as they are: the date in the name is the day of the download.
 * The bodies are cheap to send again (built once per process, or from a cached chart).
 */
export const DATED_FILE_CACHE = 'no-cache';
