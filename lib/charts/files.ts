import 'server-only';
import { lightFigureSvg } from './render/figure-svg';
import { LRUCache } from 'lru-cache';
import { pngRendererBusy, renderChartPng } from './render/png';
import { RendererBusyError, RendererFailedError } from './render/pool';
import { chartRendererBusy, chartRendererRoom, renderChartSvg } from './render/svg';
import type { ChartSpec, ChartWidth } from './spec';
import { DATED_FILE_CACHE, downloadFileName } from '../http/downloads';
import { CSV_CONTENT_TYPE, fileResponse, plainError, PNG_CONTENT_TYPE, SVG_CONTENT_TYPE } from '../http/responses';
import { tableToCsv } from '../tables/table-csv';
import type { DataTable } from '../tables/table';
import { oneOf, readQuery, single, type Fields, type SearchParams } from '../http/query';

/** A chart file's request, as a route gets it: its address, and its `signal`, which aborts when the reader leaves. */
type ChartRequest = Pick<Request, 'signal'> & { nextUrl: URL };

/** The two image files of every chart: the same figure, as SVG or as PNG at twice its size. */
export type ChartFileExtension = 'svg' | 'png';

/**
 * One chart as an image file, the same for every route that serves charts:
 * - `download` (`?download=1`): an attachment with a dated name, light colours, never cached as is;
 * - otherwise inline, named after the chart, cached an hour: the image a page shows. The SVG
 *   follows the reader's colour scheme; a PNG cannot, so it is always drawn in light colours.
 */
export async function chartFileResponse(spec: ChartSpec, width: ChartWidth, ext: ChartFileExtension, download: boolean, nameParts: readonly string[], request: ChartRequest): Promise<Response> {
  const url = request.nextUrl;
  const fileName = download ? downloadFileName(nameParts, ext, new Date()) : `${spec.id}.${ext}`;
  const headers = download
    ? { fileName, disposition: 'attachment', cacheControl: DATED_FILE_CACHE } as const
    : { fileName, disposition: 'inline', cacheControl: 'public, max-age=3600' } as const;
  try {
    const body = ext === 'png' ? await renderChartPng(spec, width, request.signal) : await renderChartSvg(spec, width, request.signal);
    servedUrls.set(url.pathname + url.search, true);
    if (typeof body !== 'string') return fileResponse(body, { contentType: PNG_CONTENT_TYPE, ...headers });
    return fileResponse(download ? lightFigureSvg(body) : body, { contentType: SVG_CONTENT_TYPE, ...headers });
  } catch (error) {
    return rendererUnavailable(error);
  }
}

/**
 * Chart file URLs answered lately. While the renderer is busy, only these go on to compute their
 * spec (their chart is likely cached); any other chart URL is refused before that work, so a
 * flood of refusals costs the pages next to nothing. On globalThis, like the renderers: each route
 * bundle has its own copy of this module.
 */
const servedUrls: LRUCache<string, true> = ((globalThis as { __servedChartUrls?: LRUCache<string, true> }).__servedChartUrls ??= new LRUCache<string, true>({ max: 4096 }));

/** How long a chart not drawn before may wait for room in the renderer before it is refused. */
const HOLD_MS = 2_000;
/** Chart requests held waiting at once; more are refused at once. */
const MAX_HOLDING = 64;

/**
 * 503 with Retry-After, before anything is computed, for a chart file (`ext` svg or png) that was
 * not answered lately and that the renderer still has no room for after holding it up to 2 s;
 * null otherwise (go on as usual). The hold gives a page's image, which a browser never asks for
 * again, a chance to be drawn, and slows a client that asks again the moment it is refused.
 */
export async function busyChartResponse(ext: ChartFileExtension | 'csv', request: ChartRequest): Promise<Response | null> {
  const url = request.nextUrl;
  if (ext === 'csv' || servedUrls.has(url.pathname + url.search)) return null;
  if (!chartRendererBusy() && !(ext === 'png' && pngRendererBusy())) return null;
  await chartRendererRoom(HOLD_MS, MAX_HOLDING, request.signal);
  if (request.signal.aborted) return readerGone();
  const busy = ext === 'png' ? pngRendererBusy() : chartRendererBusy();
  return busy ? rendererUnavailable(busy) : null;
}

/**
 * The answer to a chart request whose client went away while it waited: nothing reads it, and no
 * chart was drawn for it. Status 499 is nginx's "client closed request", so logs tell it apart.
 */
function readerGone(): Response {
  return new Response(null, { status: 499 });
}

/** Seconds a client is asked to wait after a render that timed out or a thread that died. */
const RETRY_AFTER_FAILED_S = 5;

/**
 * 503 with Retry-After when the renderer is busy (its queue is full) or could not draw this chart
 * in time (logged by the pool); any other error is a bug and goes on to Next's 500.
 */
function rendererUnavailable(error: unknown): Response {
  if (error instanceof DOMException && error.name === 'AbortError') return readerGone();
  if (error instanceof RendererBusyError) return plainError(503, 'Too many charts are being drawn right now; try again shortly.', error.retryAfterSeconds);
  if (error instanceof RendererFailedError) return plainError(503, 'This chart could not be drawn in time; try again shortly.', RETRY_AFTER_FAILED_S);
  throw error;
}

/** `width` and `download`: the parameters every figure file takes, beside its own. */
export const FIGURE_QUERY = {
  width: single(oneOf(['narrow', 'wide'] as const, 'a chart width')),
  download: single(oneOf(['1', '0'] as const, 'a download choice (1 saves the file)')),
} satisfies Fields;

/**
 * `width` and `download` of a figure file's query, read strictly like every file parameter
 * (lib/http/query.ts), or the 400 that names the first problem.
 */
export function readFigureFileParams(search: SearchParams): { width: ChartWidth; download: boolean } | Response {
  const { values, problems } = readQuery(FIGURE_QUERY, search);
  const problem = problems[0];
  if (problem) return plainError(400, problem.message);
  return { width: values.width ?? 'wide', download: values.download === '1' };
}

/** A figure's table as a CSV download, named with what it holds and the download date. */
export function tableCsvResponse(table: DataTable, nameParts: readonly string[]): Response {
  return fileResponse(tableToCsv(table), { contentType: CSV_CONTENT_TYPE, fileName: downloadFileName(nameParts, 'csv', new Date()), disposition: 'attachment', cacheControl: DATED_FILE_CACHE });
}
