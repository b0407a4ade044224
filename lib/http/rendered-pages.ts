import { LRUCache } from 'lru-cache';

/**
 * Pages whose HTML depends on nothing but their address (path and query) and the shipped data,
 * which never changes while the server runs: no date, no host, no header. The finder renders
 * 50 rows of React per request (about 20 ms of one core here, against 1–2 ms for filtering and
 * sorting them); a view asked for again is sent as it was rendered.
 */
const CACHED_PAGES: ReadonlySet<string> = new Set(['/occupations']);

/** Bytes of rendered HTML kept (a finder page is about 45 KB): some 150 views, least recently used dropped first. */
const MAX_BYTES = 8 * 1024 * 1024;

interface Rendered {
  html: string;
}

// On globalThis, like the other per-process caches (lib/data/once.ts): one copy however many bundles load this module.
const cache: LRUCache<string, Rendered> = ((globalThis as { __renderedPages?: LRUCache<string, Rendered> }).__renderedPages ??= new LRUCache<string, Rendered>({
  maxSize: MAX_BYTES,
  sizeCalculation: (value) => Math.max(1, value.html.length * 2),
}));

/**
 * The rendered body of the page at `pathname` (the page's route, e.g. "/occupations") for the
 * address `asPath` (with its query): from the cache when it is one of CACHED_PAGES and was
 * rendered before, otherwise from `render` (and kept when cacheable). A render that fails is
 * not kept.
 */
export async function renderedPage<T extends Rendered>(pathname: string, asPath: string | undefined, render: () => Promise<T>): Promise<T> {
  if (!CACHED_PAGES.has(pathname) || asPath === undefined) return render();
  const hit = cache.get(asPath);
  if (hit) return hit as T;
  const rendered = await render();
  cache.set(asPath, rendered);
  return rendered;
}

/** Empties the cache (tests). */
export function clearRenderedPages(): void {
  cache.clear();
}
