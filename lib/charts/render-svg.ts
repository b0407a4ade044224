import 'server-only';
import { existsSync } from 'node:fs';
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
  worker: Worker | null;
  nextId: number;
  pending: Map<number, Pending>;
  cache: Map<string, Promise<string>>;
}

const state: State = ((globalThis as { __chartRenderer?: State }).__chartRenderer ??= {
  worker: null,
  nextId: 1,
  pending: new Map(),
  cache: new Map(),
});

function worker(): Worker {
  if (state.worker) return state.worker;
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
    for (const p of state.pending.values()) p.reject(error);
    state.pending.clear();
    state.worker = null;
  });
  state.worker = w;
  return w;
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
    state.pending.set(id, { resolve, reject });
    worker().postMessage({ id, spec, width: CHART_WIDTHS[width] });
  });
  promise.catch(() => state.cache.delete(key));
  state.cache.set(key, promise);
  if (state.cache.size > CACHE_LIMIT) state.cache.delete(state.cache.keys().next().value as string);
  return promise;
}

/** Both layouts of a chart. */
export async function renderFigurePair(spec: ChartSpec): Promise<{ narrow: string; wide: string }> {
  const [narrow, wide] = await Promise.all([renderChartSvg(spec, 'narrow'), renderChartSvg(spec, 'wide')]);
  return { narrow, wide };
}
