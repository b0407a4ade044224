import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { JSDOM } from 'jsdom';
import type { ChartSpec } from '@/lib/charts/spec';

// Drawing gives way to the server's main thread (pages, CSVs, cached charts) when the cores are
// short. Linux keeps a nice value per thread: this sets this thread's alone, by its kernel id.
try {
  setPriority(Number(readlinkSync('/proc/thread-self').split('/').pop()), (workerData as { nice: number }).nice);
} catch {
  // Not Linux: the thread keeps the server's priority.
}

/**
 * Worker thread that turns chart specs into SVG. It owns its own jsdom `window`, so the
 * browser globals recharts needs never leak into the Next.js server process.
 */
const dom = new JSDOM('<!doctype html><html><body></body></html>', { pretendToBeVisual: true });
const g = globalThis as Record<string, unknown>;
for (const key of ['window', 'document', 'navigator', 'HTMLElement', 'SVGElement', 'Element', 'Node', 'getComputedStyle', 'requestAnimationFrame', 'cancelAnimationFrame', 'ResizeObserver']) {
  const value = (dom.window as unknown as Record<string, unknown>)[key];
  if (value !== undefined) g[key] = value;
}

interface Request {
  id: number;
  spec: ChartSpec;
  width: number;
}

const ready = import('./render-figure');

parentPort?.on('message', async (request: Request) => {
  try {
    const { renderFigure } = await ready;
    const svg = await renderFigure(request.spec, request.width, dom.window.document);
    parentPort?.postMessage({ id: request.id, result: svg });
  } catch (error) {
    parentPort?.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) });
  }
});
