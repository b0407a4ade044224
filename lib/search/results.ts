import type { Dataset } from '@/lib/data/assemble';
import { getMatcher, searchCodes, type MatchReason, type SearchHit } from './matcher';

/** One search result as a page or the suggestions draw it: plain data. */
export interface SearchResultView {
  socCode: string;
  title: string;
  /** The occupation's profile. */
  href: string;
  /** "Retired", "Broad occupation"…; null for a current detailed occupation. */
  badge: string | null;
  /** Why it matched, in words ("also called “Medical Coder”"); null where the title itself matched. */
  why: string | null;
  /** For a retired code: when it was last published and the current codes it became. */
  retired: { lastPublished: string | null; successors: { socCode: string; title: string; href: string }[] } | null;
}

export interface SearchResultsView {
  query: string;
  results: SearchResultView[];
  /** How many codes match in all; `results` holds the first of them. */
  total: number;
}

export const profileHref = (socCode: string): string => `/occupations/${socCode}`;

/** The reason of a match in a reader's words. */
export function whyMatched(reason: MatchReason, title: string): string | null {
  switch (reason.kind) {
    case 'title':
    case 'code':
      return null;
    case 'former-title':
      return reason.text.toLowerCase() === title.toLowerCase() ? null : `titled “${reason.text}” in ${reason.used ?? 'an earlier release'}`;
    case 'onet':
      return `includes the O*NET occupation “${reason.text}”`;
    case 'alternate':
      return `also called “${reason.text}”`;
    case 'reported':
      return `workers report the title “${reason.text}”`;
  }
}

export function toResultView(hit: SearchHit): SearchResultView {
  const { status } = hit;
  return {
    socCode: status.socCode,
    title: status.title,
    href: profileHref(status.socCode),
    badge: status.current ? status.group : status.group ? `Retired ${status.group.toLowerCase()}` : 'Retired',
    why: whyMatched(hit.reason, status.title),
    retired: status.current ? null : {
      lastPublished: status.lastPublished,
      successors: status.successors.map((s) => ({ ...s, href: profileHref(s.socCode) })),
    },
  };
}

/** The first `limit` occupations matching a query, with how many match in all; `except` (a comparison's codes) left out. */
export function searchResults(dataset: Dataset, query: string, limit: number, except: readonly string[] = []): SearchResultsView {
  const answer = searchCodes(getMatcher(dataset), query, Number.POSITIVE_INFINITY);
  const hits = answer.hits.filter((h) => !except.includes(h.status.socCode));
  return { query, results: hits.slice(0, limit).map(toResultView), total: hits.length };
}
