import { z } from 'zod';
import { readQuery, single, type SearchParams } from '@/lib/http/query';
import { MAX_QUERY_LENGTH } from './matcher';

/** `?q=medical+coder`: the query of the search page and of /search.json (lib/http/query's rules). */
const SEARCH_FIELDS = { q: single(z.string(), MAX_QUERY_LENGTH, 'The search') };

export interface SearchRequest {
  query: string;
  notices: string[];
}

/** The search parameters of a request; never throws: a problem (too long, given twice) becomes a notice and the first value is searched. */
export function parseSearchParams(input: SearchParams): SearchRequest {
  const { values, problems } = readQuery(SEARCH_FIELDS, input);
  return { query: values.q ?? '', notices: problems.map((p) => p.message) };
}
