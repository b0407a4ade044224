import type { ComparisonRequest } from './model';

/** Query parameters as Next passes them: a value, repeated values, or nothing. */
export type SearchParams = Record<string, string | string[] | undefined>;

/**
 * A bound on untrusted input: a link can list any number of codes, the page reads this many.
 * A value is measured whole before it is cut, so a notice states its real length (Node's
 * header limit, 16 KiB, already bounds a URL).
 */
const MAX_CODES_READ = 60;

function first(value: string | string[] | undefined): string | null {
  const v = Array.isArray(value) ? value[0] : value;
  return v ?? null;
}

/**
 * `/compare?occupations=29-2071,31-9094&vintage=2008-18&release=2008`. Repeated
 * `occupations` parameters are joined; codes are validated later by buildComparison, which
 * names each bad one in a notice.
 */
export function parseCompareParams(params: SearchParams): ComparisonRequest & { extraNotices: string[] } {
  const extraNotices: string[] = [];
  const raw = params.occupations;
  const joined = Array.isArray(raw) ? raw.join(',') : raw ?? '';
  let codes = joined.split(',').map((c) => c.trim()).filter(Boolean);
  if (codes.length > MAX_CODES_READ) {
    extraNotices.push(`The link lists ${codes.length} occupations; only the first ${MAX_CODES_READ} were read.`);
    codes = codes.slice(0, MAX_CODES_READ);
  }
  const vintage = first(params.vintage);
  const release = first(params.release);
  let wageYear: number | null = null;
  if (release != null && release !== '') {
    if (/^\d{4}$/.test(release.trim())) wageYear = Number(release.trim());
    else extraNotices.push(`"${release.slice(0, 40)}" is not a release year (expected e.g. 2024).`);
  }
  const dollars = first(params.dollars);
  return { codes, vintage: vintage && vintage.trim() !== '' ? vintage.trim() : null, wageYear, dollars: dollars && dollars.trim() !== '' ? dollars.trim() : null, extraNotices };
}

/** The longest search the comparison's occupation search reads; a title is shorter. */
export const MAX_FIND_LENGTH = 100;

/** `find=nurse`: the occupation search of the comparison page, trimmed and bounded. */
export function readFindParam(params: SearchParams): { text: string; notices: string[] } {
  const raw = first(params.find) ?? '';
  const text = raw.trim();
  if (text.length <= MAX_FIND_LENGTH) return { text, notices: [] };
  return { text: text.slice(0, MAX_FIND_LENGTH), notices: [`The search was ${text.length} characters long; only the first ${MAX_FIND_LENGTH} were searched for.`] };
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

/** URLSearchParams (route handlers) in the shape pages receive. */
export function toSearchParams(params: URLSearchParams): SearchParams {
  const out: SearchParams = {};
  for (const key of new Set(params.keys())) {
    const all = params.getAll(key);
    out[key] = all.length > 1 ? all : all[0];
  }
  return out;
}

/** The URL of one comparison figure as a file: `/compare/growth.svg?...`, `.png` or `.csv`. */
export function compareFileHref(slug: string, ext: 'svg' | 'csv' | 'png', codes: readonly string[], vintage: string, wageYear: number, width?: 'narrow' | 'wide', dollars?: string | null): string {
  const query = compareHref(codes, vintage, wageYear, dollars).slice('/compare?'.length);
  return `/compare/${slug}.${ext}?${query}${width ? `&width=${width}` : ''}`;
}
