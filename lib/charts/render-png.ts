import 'server-only';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { lightFigureSvg } from '@/components/charts/figure-svg';
import { renderChartSvg } from './render-svg';
import type { ChartSpec, ChartWidth } from './spec';

/** Twice the figure's size: sharp on high-density screens, in slides and in print. */
export const PNG_SCALE = 2;

/**
 * The fonts every PNG is drawn with, and no others: system fonts differ between machines (a CI
 * machine may have none), so the same chart must not come out differently on each. DejaVu Sans
 * is the last named family in the figure's font-family before `sans-serif`; the package
 * `dejavu-fonts-ttf` ships the TTF files with their licence (free to redistribute).
 */
export const FONT_DIR = path.join(process.cwd(), 'node_modules', 'dejavu-fonts-ttf', 'ttf');
export const FONT_FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((name) => path.join(FONT_DIR, name));
const FONT_FAMILY = 'DejaVu Sans';

/** Rendered PNGs kept per process: at most this many, and at most this many bytes. */
const CACHE_LIMIT = 400;
const CACHE_BYTES = 64 * 1024 * 1024;

/**
 * The rasterizer thread. resvg takes some 40–200 ms a chart (parsing and shaping the text,
 * drawing at 2×, encoding the PNG), too long to hold the server's event loop, so one worker
 * thread does it all. It is started from a code string so the bundler leaves it (and resvg's
 * native addon, loaded from node_modules) alone.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { createRequire } = require('node:module');
const { Resvg } = createRequire(workerData.resolveFrom)('@resvg/resvg-js');
parentPort.on('message', ({ id, svg }) => {
  try {
    const png = new Resvg(svg, workerData.options).render().asPng();
    parentPort.postMessage({ id, png: new Uint8Array(png.buffer, png.byteOffset, png.byteLength) });
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
`;

/** resvg's options: zoom 2, the shipped fonts only, no system fonts. */
export const RESVG_OPTIONS = {
  fitTo: { mode: 'zoom', value: PNG_SCALE },
  font: { loadSystemFonts: false, fontFiles: FONT_FILES, defaultFontFamily: FONT_FAMILY, sansSerifFamily: FONT_FAMILY },
  logLevel: 'off',
} as const;

interface Pending {
  resolve: (png: Buffer) => void;
  reject: (error: Error) => void;
}

interface CacheEntry {
  png: Promise<Buffer>;
  /** Known once the PNG is drawn; 0 until then. */
  bytes: number;
}

interface State {
  worker: Worker | null;
  nextId: number;
  pending: Map<number, Pending>;
  cache: Map<string, CacheEntry>;
  cacheBytes: number;
}

const state: State = ((globalThis as { __pngRenderer?: State }).__pngRenderer ??= {
  worker: null,
  nextId: 1,
  pending: new Map(),
  cache: new Map(),
  cacheBytes: 0,
});

function startWorker(): Worker {
  const missing = FONT_FILES.filter((f) => !existsSync(f));
  if (missing.length) throw new Error(`PNG fonts missing: ${missing.join(', ')}. Run \`npm ci\` (the package dejavu-fonts-ttf ships them).`);
  const w = new Worker(WORKER_SOURCE, { eval: true, workerData: { resolveFrom: path.join(process.cwd(), 'package.json'), options: RESVG_OPTIONS } });
  w.unref();
  w.on('message', (msg: { id: number; png?: Uint8Array; error?: string }) => {
    const p = state.pending.get(msg.id);
    if (!p) return;
    state.pending.delete(msg.id);
    if (msg.png) p.resolve(Buffer.from(msg.png.buffer, msg.png.byteOffset, msg.png.byteLength));
    else p.reject(new Error(`PNG renderer: ${msg.error ?? 'failed'}`));
  });
  const fail = (error: Error): void => {
    if (state.worker === w) state.worker = null;
    for (const [id, p] of state.pending) {
      state.pending.delete(id);
      p.reject(error);
    }
  };
  w.on('error', fail);
  w.on('exit', (code) => fail(new Error(`PNG renderer exited with code ${code}`)));
  state.worker = w;
  return w;
}

/** An SVG drawn as PNG at twice its size, with the shipped fonts, off the main thread. Not cached. */
export function svgToPng(svg: string): Promise<Buffer> {
  return new Promise<Buffer>((resolve, reject) => {
    try {
      const w = state.worker ?? startWorker();
      const id = state.nextId++;
      state.pending.set(id, { resolve, reject });
      w.postMessage({ id, svg });
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}

function evict(): void {
  for (const [key, entry] of state.cache) {
    if (state.cache.size <= CACHE_LIMIT && state.cacheBytes <= CACHE_BYTES) return;
    state.cache.delete(key);
    state.cacheBytes -= entry.bytes;
  }
}

/**
 * The chart's figure as a PNG file: the same SVG the page shows, in the light colours of a
 * saved file (a picture cannot follow the reader's colour scheme), at twice its size. Cached
 * like the SVGs: identical specs are drawn once per process, least recently used dropped first.
 */
export function renderChartPng(spec: ChartSpec, width: ChartWidth): Promise<Buffer> {
  const key = `${width}:${JSON.stringify(spec)}`;
  const hit = state.cache.get(key);
  if (hit) {
    state.cache.delete(key);
    state.cache.set(key, hit);
    return hit.png;
  }
  const entry: CacheEntry = { png: renderChartSvg(spec, width).then((svg) => svgToPng(lightFigureSvg(svg))), bytes: 0 };
  state.cache.set(key, entry);
  entry.png.then(
    (png) => {
      if (state.cache.get(key) !== entry) return;
      entry.bytes = png.length;
      state.cacheBytes += png.length;
      evict();
    },
    () => {
      if (state.cache.get(key) === entry) state.cache.delete(key);
    },
  );
  evict();
  return entry.png;
}
