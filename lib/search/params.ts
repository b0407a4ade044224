import { z } from 'zod';
import { MAX_QUERY_LENGTH } from './matcher';

/** `?q=medical+coder`: the query of the search page and of /search.json; one value, trimmed, bounded. */
const searchParams = z.object({
  q: z.union([z.string(), z.array(z.string())]).optional(),
});

export interface SearchRequest {
  query: string;
  notices: string[];
}

/** The search parameters of a request; never throws: a problem becomes a notice. */
export function parseSearchParams(input: unknown): SearchRequest {
  const parsed = searchParams.safeParse(input);
  const raw = parsed.success ? parsed.data.q : undefined;
  const notices: string[] = [];
  let query = (Array.isArray(raw) ? raw[0] : raw)?.trim() ?? '';
  if (Array.isArray(raw) && raw.length > 1) notices.push(`The address has ${raw.length} searches (q); the first, “${query.slice(0, MAX_QUERY_LENGTH)}”, was used.`);
  if (query.length > MAX_QUERY_LENGTH) {
    notices.push(`The search was ${query.length} characters long; only the first ${MAX_QUERY_LENGTH} were searched for.`);
    query = query.slice(0, MAX_QUERY_LENGTH).trim();
  }
  return { query, notices };
}
