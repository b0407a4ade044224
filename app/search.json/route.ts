import { getDataset } from '@/lib/data/get-dataset';
import { toSearchParams } from '@/lib/http/query';
import { parseSearchParams } from '@/lib/search/params';
import { searchResults } from '@/lib/search/results';

/** The most suggestions the header's search shows as you type. */
const SUGGESTIONS = 8;

/**
 * `/search.json?q=medical+coder`: the first results of the search page as JSON, for the
 * as-you-type suggestions (components/enhance/search-suggest.ts). Same origin, GET only.
 */
export async function GET(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const { query } = parseSearchParams(toSearchParams(url.searchParams));
  const body = query ? searchResults(getDataset(), query, SUGGESTIONS) : { query: '', results: [], total: 0 };
  return new Response(JSON.stringify(body), {
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'public, max-age=3600' },
  });
}
