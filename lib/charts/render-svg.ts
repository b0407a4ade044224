import 'server-only';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { CHART_WIDTHS, type ChartSpec, type ChartWidth } from './spec';

/** Built by scripts/build-chart-worker.mjs (part of `npm run build`). */
const WORKER_FILE = path.join(process.cwd(), '.chart-worker', 'chart-worker.mjs');
const CACHE_LIMIT = 400;

interface Pending {
  resolve: (svg: string) => void;
  reject: (error: Error) => void;
}

interface State {
  workers: Worker[];
  nextId: number;
  /** Requests in flight, and the worker each was sent to. */
  pending: Map<number, Pending & { worker: Worker }>;
  cache: Map<string, Promise<string>>;
}

const state: State = ((globalThis as { __chartRenderer?: State }).__chartRenderer ??= {
  workers: [],
  nextId: 1,
  pending: new Map(),
  cache: new Map(),
});

/**
 * Worker threads to draw with. `next build` draws every profile's charts (four per page, some
 * 1,600 pages), so it uses a thread per core; a running server keeps one, to stay small.
 */
function poolSize(): number {
  return process.env.NEXT_PHASE === 'phase-production-build' ? Math.max(1, Math.min(4, availableParallelism())) : 1;
}

function startWorker(): Worker {
  if (!existsSync(WORKER_FILE)) throw new Error(`Chart renderer missing: ${WORKER_FILE}. Run \`npm run build\` (it builds the chart worker first).`);
  // Started from a code string so the bundler leaves the worker (and its copy of React) alone.
  const w = new Worker(`import(${JSON.stringify(pathToFileURL(WORKER_FILE).href)})`, { eval: true });
  w.unref();
  w.on('message', (msg: { id: number; svg?: string; error?: string }) => {
    const p = state.pending.get(msg.id);
    if (!p) return;
    state.pending.delete(msg.id);
    if (msg.svg !== undefined) p.resolve(msg.svg);
    else p.reject(new Error(msg.error ?? 'chart renderer failed'));
  });
  w.on('error', (error) => {
    for (const [id, p] of state.pending) {
      if (p.worker !== w) continue;
      state.pending.delete(id);
      p.reject(error);
    }
    state.workers = state.workers.filter((x) => x !== w);
  });
  state.workers.push(w);
  return w;
}

/** The least busy worker, starting another while the pool is not full. */
function worker(): Worker {
  const load = (w: Worker) => [...state.pending.values()].filter((p) => p.worker === w).length;
  const idle = state.workers.find((w) => load(w) === 0);
  if (idle) return idle;
  if (state.workers.length < poolSize()) return startWorker();
  return [...state.workers].sort((a, b) => load(a) - load(b))[0] ?? startWorker();
}

/**
 * The figure SVG for a chart at one of the two layout widths. Identical specs are rendered
 * once per process (profiles at build time, repeated comparisons at run time).
 */
export function renderChartSvg(spec: ChartSpec, width: ChartWidth): Promise<string> {
  const key = `${width}:${JSON.stringify(spec)}`;
  const hit = state.cache.get(key);
  if (hit) {
    state.cache.delete(key);
    state.cache.set(key, hit);
    return hit;
  }
  const promise = new Promise<string>((resolve, reject) => {
    const id = state.nextId++;
    const w = worker();
    state.pending.set(id, { resolve, reject, worker: w });
    w.postMessage({ id, spec, width: CHART_WIDTHS[width] });
  });
  promise.catch(() => state.cache.delete(key));
  state.cache.set(key, promise);
  if (state.cache.size > CACHE_LIMIT) state.cache.delete(state.cache.keys().next().value as string);
  return promise;
}
