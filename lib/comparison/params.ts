import { z } from 'zod';
import type { ComparisonRequest } from './model';
import { DOLLARS_PARAM } from '../dollars/real-dollars';
import { list, matching, readQuery, single, type Fields, type SearchParams } from '../http/query';

export type { SearchParams };

/**
 * A bound on untrusted input: a link can list any number of codes, the page reads this many
 * (a comparison holds fewer; buildComparison names each code it cannot use).
 */
const MAX_CODES_READ = 60;

/** The longest search the comparison's occupation search reads; a title is shorter. */
export const MAX_FIND_LENGTH = 100;

/**
 * The comparison's parameters, for the page and its files alike:
 * `/compare?occupations=29-2071,31-9094&vintage=2008-18&release=2008&dollars=nominal`.
 */
export const COMPARE_QUERY = {
  occupations: list(z.string(), MAX_CODES_READ, 'occupations'),
  vintage: single(matching(/^\d{4}-\d{2}$/, 'is not a projections vintage (expected e.g. 2008-18).')),
  release: single(matching(/^\d{4}$/, 'is not an OEWS release year (expected e.g. 2024).').transform(Number)),
  dollars: DOLLARS_PARAM,
} satisfies Fields;

/** What the page shows instead of a parameter it cannot read. */
const INSTEAD: Record<string, string> = {
  occupations: '',
  vintage: 'The latest projections are shown.',
  release: 'The latest wages are shown.',
  dollars: 'Wages are shown in the default dollars.',
};

/**
 * The page reads the comparison leniently: each problem is a notice and the rest is shown.
 * Codes are validated later by buildComparison, which names each bad one.
 */
export function parseCompareParams(params: SearchParams): ComparisonRequest & { extraNotices: string[] } {
  const { values, problems } = readQuery(COMPARE_QUERY, params);
  return {
    codes: values.occupations ?? [],
    vintage: values.vintage ?? null,
    wageYear: values.release ?? null,
    dollars: values.dollars ?? null,
    extraNotices: problems.map((p) => [p.message, INSTEAD[p.name]].filter(Boolean).join(' ')),
  };
}

const FIND_QUERY = { find: single(z.string(), MAX_FIND_LENGTH, 'The search') } satisfies Fields;

/** `find=nurse`: the occupation search of the comparison page, trimmed and bounded. */
export function readFindParam(params: SearchParams): { text: string; notices: string[] } {
  const { values, problems } = readQuery(FIND_QUERY, params);
  return { text: values.find ?? '', notices: problems.map((p) => p.message) };
}

/** The canonical URL of a comparison: what the page links to and what a person shares. */
export function compareHref(codes: readonly string[], vintage: string, wageYear: number, dollars?: string | null): string {
  const q = new URLSearchParams();
  if (codes.length) q.set('occupations', codes.join(','));
  q.set('vintage', vintage);
  q.set('release', String(wageYear));
  // Absent means the default, constant dollars of the latest release.
  if (dollars) q.set('dollars', dollars);
  return `/compare?${q.toString().replace(/%2C/g, ',')}`;
}

/** The URL of one comparison figure as a file: `/compare/growth.svg?...`, `.png` or `.csv`. */
export function compareFileHref(slug: string, ext: 'svg' | 'csv' | 'png', codes: readonly string[], vintage: string, wageYear: number, width?: 'narrow' | 'wide', dollars?: string | null): string {
  const query = compareHref(codes, vintage, wageYear, dollars).slice('/compare?'.length);
  return `/compare/${slug}.${ext}?${query}${width ? `&width=${width}` : ''}`;
}
