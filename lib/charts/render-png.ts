import 'server-only';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
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
const FONT_REGULAR = path.join(process.cwd(), 'node_modules', 'dejavu-fonts-ttf', 'ttf', 'DejaVuSans.ttf');
const FONT_BOLD = path.join(process.cwd(), 'node_modules', 'dejavu-fonts-ttf', 'ttf', 'DejaVuSans-Bold.ttf');
export const FONT_FILES = [FONT_REGULAR, FONT_BOLD];
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

/** A PNG file's bytes. */
export type PngBuffer = Buffer<ArrayBuffer>;

interface Pending {
  resolve: (png: PngBuffer) => void;
  reject: (error: Error) => void;
}

interface CacheEntry {
  png: Promise<PngBuffer>;
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
  // Paths written out in full, so the bundler's file tracing sees exactly these two files.
  if (!existsSync(FONT_REGULAR) || !existsSync(FONT_BOLD)) throw new Error(`PNG fonts missing: ${FONT_REGULAR}, ${FONT_BOLD}. Run \`npm ci\` (the package dejavu-fonts-ttf ships them).`);
  const resolveFrom = path.join(process.cwd(), 'package.json');
  // Loaded here too, though only the worker draws: a Rust addon that only a worker thread has
  // loaded is unloaded when that thread ends, and its thread-local destructors can then crash the
  // whole process (rust-lang/rust#91979). Held by the main thread, it stays loaded.
  createRequire(resolveFrom)('@resvg/resvg-js');
  const w = new Worker(WORKER_SOURCE, { eval: true, workerData: { resolveFrom, options: RESVG_OPTIONS } });
  w.unref();
  w.on('message', (msg: { id: number; png?: Uint8Array<ArrayBuffer>; error?: string }) => {
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
export function svgToPng(svg: string): Promise<PngBuffer> {
  return new Promise<PngBuffer>((resolve, reject) => {
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
export function renderChartPng(spec: ChartSpec, width: ChartWidth): Promise<PngBuffer> {
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
