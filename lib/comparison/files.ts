import { buildComparison, type Comparison } from './model';
import { readCompareFileRequest, type CompareFileRequest } from './file-request';
import type { SearchParams } from './params';
import { scoredPairs } from '../scorecard/model';
import type { Dataset } from '../data/assemble';
import type { ChartSpec } from '../charts/spec';
import { comparisonFigures, FIGURE_SLUGS, isFigureSlug, type FigureSlug } from './figures';
import { compareFileHref, compareHref } from './params';
import type { DownloadLinks } from '../http/downloads';
import { releaseTag } from '../http/downloads';
import { dollarsKey, tableDollarsTag } from '../dollars/real-dollars';
import { formatOewsPeriod, formatProjectionPeriod } from '../tables/format';
import { epSource, oewsSource } from '../tables/sources';
import type { DataTable } from '../tables/table';
import { comparisonTable } from './tables';

/**
 * The files of a comparison: each figure (`growth`, `median-wage`, …) as CSV, SVG and PNG, and
 * `comparison`, the one table of projections and wages the home page shows, as CSV.
 */
export const COMPARISON_TABLE_SLUG = 'comparison';
export type CompareFileSlug = FigureSlug | typeof COMPARISON_TABLE_SLUG;
export const COMPARE_FILE_SLUGS: readonly CompareFileSlug[] = [...FIGURE_SLUGS, COMPARISON_TABLE_SLUG];

export function isCompareFileSlug(value: string): value is CompareFileSlug {
  return (COMPARE_FILE_SLUGS as readonly string[]).includes(value);
}

/** Which programs' figures a file holds: decides the footnotes of its about page. */
export type Program = 'oews' | 'ep';

export interface CompareFile {
  slug: CompareFileSlug;
  title: string;
  source: string;
  referencePeriod: string;
  programs: Program[];
  /** The rows the page shows, in its order: the CSV is written from this. */
  table: DataTable;
  /** The chart, for figures; null for the comparison table. */
  spec: ChartSpec | null;
  /** File name parts of the chart (SVG, PNG) before the download date: view, codes, vintage and/or release, and the wage trend's dollars. */
  nameParts: string[];
  /** File name parts of the table (CSV): the same, but the wage trend's table holds the published wages beside the constant-dollar ones. */
  tableNameParts: string[];
}

const PROGRAMS: Record<CompareFileSlug, Program[]> = {
  growth: ['ep'],
  'median-wage': ['oews'],
  'wage-range': ['oews'],
  'growth-vs-wage': ['ep', 'oews'],
  'wage-trend': ['oews'],
  'projection-check': ['ep'],
  comparison: ['ep', 'oews'],
};

/** One file of a comparison, built from the same figure or table the page shows. */
/** Null for a figure the comparison does not have (the projection check of a vintage whose target year has not passed). */
export function compareFile(dataset: Dataset, c: Comparison, slug: CompareFileSlug): CompareFile | null {
  const v = c.vintage;
  const r = c.release;
  const codes = c.rows.map((row) => row.socCode);
  const periodTags = (dollarsTag: string): string[] => {
    if (slug === 'wage-trend') {
      const first = dataset.wageReleases[0]?.year;
      const last = dataset.wageReleases[dataset.wageReleases.length - 1]?.year;
      return first != null && last != null ? [`${releaseTag(first)}-to-${releaseTag(last)}`, dollarsTag] : [];
    }
    const programs = PROGRAMS[slug];
    return [...(programs.includes('ep') ? [v.vintage] : []), ...(programs.includes('oews') ? [releaseTag(r.year)] : [])];
  };
  // The comparison table is the "compare" view's own table, so its files are named after the view.
  const nameParts = [slug === COMPARISON_TABLE_SLUG ? 'compare' : slug, ...codes, ...periodTags(dollarsKey(c.dollars))];
  const tableNameParts = [slug === COMPARISON_TABLE_SLUG ? 'compare' : slug, ...codes, ...periodTags(tableDollarsTag(c.dollars))];
  if (isFigureSlug(slug)) {
    const [figure] = comparisonFigures(dataset, c, slug);
    if (!figure) return null;
    return { slug, title: figure.spec.title, source: figure.spec.source, referencePeriod: figure.spec.referencePeriod, programs: PROGRAMS[slug], table: figure.table, spec: figure.spec, nameParts, tableNameParts };
  }
  const table = comparisonTable(c);
  return {
    slug,
    title: table.caption,
    source: `${epSource(v)}; ${oewsSource(r)}`,
    referencePeriod: `${formatProjectionPeriod(v.baseYear, v.targetYear)}; ${formatOewsPeriod(r.year)}`,
    programs: PROGRAMS[slug],
    table,
    spec: null,
    nameParts,
    tableNameParts,
  };
}

/** `/about-data/compare/growth?occupations=…`: the about page mirrors the file's own path. */
export function compareAboutHref(slug: CompareFileSlug, codes: readonly string[], vintage: string, wageYear: number, dollars?: string | null): string {
  return `/about-data/compare/${slug}?${compareHref(codes, vintage, wageYear, dollars).slice('/compare?'.length)}`;
}

/** The download controls of one comparison figure or table; `title` as the page shows it. */
export function compareDownloadLinks(slug: CompareFileSlug, title: string, codes: readonly string[], vintage: string, wageYear: number, dollars?: string | null): DownloadLinks {
  return {
    title,
    csv: compareFileHref(slug, 'csv', codes, vintage, wageYear, undefined, dollars),
    // The wide layout: a downloaded chart is for a report or a slide, not a phone screen.
    svg: isFigureSlug(slug) ? `${compareFileHref(slug, 'svg', codes, vintage, wageYear, 'wide', dollars)}&download=1` : undefined,
    png: isFigureSlug(slug) ? `${compareFileHref(slug, 'png', codes, vintage, wageYear, 'wide', dollars)}&download=1` : undefined,
    about: compareAboutHref(slug, codes, vintage, wageYear, dollars),
  };
}

/**
 * The file a query asks for, with the comparison and the request it was read from, or the
 * status and message that refuse it: what the file route serves and its about page describes.
 */
export function readCompareFile(
  dataset: Dataset,
  params: SearchParams,
  slug: CompareFileSlug,
): { ok: true; read: Extract<CompareFileRequest, { ok: true }>; comparison: Comparison; file: CompareFile } | { ok: false; status: 400 | 404; message: string } {
  const read = readCompareFileRequest(dataset, params);
  if (!read.ok) return read;
  const comparison = buildComparison(dataset, { codes: read.codes, vintage: read.vintage.vintage, wageYear: read.release.year, dollars: read.dollars });
  const file = compareFile(dataset, comparison, slug);
  if (!file) {
    const checked = scoredPairs(dataset).map(([v]) => v.vintage).join(', ');
    return { ok: false, status: 404, message: `The ${read.vintage.vintage} projections cannot be checked yet: their target year ${read.vintage.targetYear} has no later vintage counting it. Vintages checked: ${checked}.` };
  }
  return { ok: true, read, comparison, file };
}
