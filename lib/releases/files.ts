import type { ProjectionVintage, WageRelease } from '../data/assemble';
import { downloadFileName, releaseTag, type DownloadLinks } from '../http/downloads';
import { oewsReleaseTable, projectionVintageTable } from './tables';
import { oncePer } from '../data/once';
import { tableToCsv } from '../tables/table-csv';

/**
 * Whole releases as files: `/releases/oews/2024.csv` (one OEWS national release) and
 * `/releases/projections/2024-34.csv` (one Employment Projections vintage), each with its
 * about page at the same path under `/about-data`.
 */

export function oewsReleaseLinks(release: WageRelease): DownloadLinks {
  return {
    title: `OEWS national wages, ${release.release}, every occupation`,
    csv: `/releases/oews/${release.year}.csv`,
    about: `/about-data/releases/oews/${release.year}`,
  };
}

export function projectionVintageLinks(vintage: ProjectionVintage): DownloadLinks {
  return {
    title: `Employment Projections ${vintage.vintage}, every occupation`,
    csv: `/releases/projections/${vintage.vintage}.csv`,
    about: `/about-data/releases/projections/${vintage.vintage}`,
  };
}

export function oewsReleaseFileName(release: WageRelease, downloaded: Date): string {
  return downloadFileName(['oews', 'national', releaseTag(release.year)], 'csv', downloaded);
}

export function projectionVintageFileName(vintage: ProjectionVintage, downloaded: Date): string {
  return downloadFileName(['ep', 'projections', vintage.vintage], 'csv', downloaded);
}

// A release's CSV never changes while the process runs (the dataset is read once), so each is
// written once and then costs nothing per request; only the dated file name is per request.
export const oewsReleaseCsv = oncePer('releases/oewsReleaseCsv', (release: WageRelease): string => tableToCsv(oewsReleaseTable(release)));

export const projectionVintageCsv = oncePer('releases/projectionVintageCsv', (vintage: ProjectionVintage): string => tableToCsv(projectionVintageTable(vintage)));
