import 'server-only';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { chartKey, RenderCache } from './cache';
import { RENDER_THREAD_NICE, RenderPool } from './pool';
import { CHART_WIDTHS, type ChartSpec, type ChartWidth } from '../spec';

/** Built by scripts/build-chart-worker.mjs (part of `npm run build`). */
const WORKER_FILE = path.join(process.cwd(), '.chart-worker', 'chart-worker.mjs');

/**
 * Bounds. One thread draws (recharts in jsdom takes 0.3–3 s a chart on this shared 2-core machine;
 * a second thread would take the core the pages need). Up to 8 charts wait, each at most 6 s (not
 * counting the thread's start); before that a request may have been held up to 2 s for room
 * (lib/charts/files.ts), so a refusal (503) comes within 8 s. A chart not drawn in 6 s (plus the
 * thread's start for its first) is an error. The thread is replaced every 200 charts, since jsdom keeps some of what each
 * one drew, and ends after 5 s idle, giving its memory back (a flood ended, its memory is back before the
 * bench reads RSS 15 s later; the next chart then waits for a new thread to load its renderer).
 */
const POOL = { threads: 1, maxQueued: 8, maxWaitMs: 6_000, timeoutMs: 6_000, startMs: 20_000, tasksPerThread: 200, idleMs: 5_000 };
/**
 * Finished SVGs kept: a comparison's figure is 10–130 KB (about 300 figures). 24 MiB filled up
 * under the bench's flood and stayed in the server's memory after it.
 */
const CACHE_BYTES = 12 * 1024 * 1024;

function startWorker(): Worker {
  if (!existsSync(WORKER_FILE)) throw new Error(`Chart renderer missing: ${WORKER_FILE}. Run \`npm run build\` (it builds the chart worker first).`);
  // Started from a code string so the bundler leaves the worker (and its copy of React) alone.
  // Its heap is capped: capped at 96 MiB it drew 150 of the flood's charts (every figure, three
  // occupations each) with the process at 240–280 MiB, uncapped at 370–480 MiB (64 MiB was too
  // little for the scatter of all occupations). Past the cap the thread ends (a 503) and is replaced.
  return new Worker(`import(${JSON.stringify(pathToFileURL(WORKER_FILE).href)})`, {
    eval: true,
    workerData: { nice: RENDER_THREAD_NICE },
    resourceLimits: { maxOldGenerationSizeMb: 96 },
  });
}

interface State {
  pool: RenderPool<string>;
  cache: RenderCache<string>;
}

// On globalThis: Next may load this module more than once per process (one copy per route bundle).
const state: State = ((globalThis as { __chartRenderer?: State }).__chartRenderer ??= {
  pool: new RenderPool<string>({ name: 'chart renderer', startWorker, ...POOL }),
  cache: new RenderCache<string>(CACHE_BYTES),
});

/**
 * The figure SVG for a chart at one of the two layout widths. Identical specs are drawn once per
 * process while they stay in the cache. Rejects with RendererBusyError when too many charts are
 * waiting, with RendererFailedError when the drawing timed out or its thread died, and with the
 * signal's reason when `signal` (the request's) aborts first: a chart whose reader has gone is
 * taken out of the queue, unless another reader waits for it too.
 */
export function renderChartSvg(spec: ChartSpec, width: ChartWidth, signal?: AbortSignal): Promise<string> {
  return state.cache.get(chartKey(spec, width), (drawing) => state.pool.run({ spec, width: CHART_WIDTHS[width] }, drawing), signal);
}

/** The error a chart not yet drawn would be refused with now, or null when the renderer has room. */
export function chartRendererBusy(): Error | null {
  return state.pool.busy();
}

/** Resolves true once the renderer has room for a chart, false after `maxMs` or when `maxHolding` are waiting already (RenderPool.room). */
export function chartRendererRoom(maxMs: number, maxHolding: number, signal?: AbortSignal): Promise<boolean> {
  return state.pool.room(maxMs, maxHolding, signal);
}
