import 'server-only';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { lightFigureSvg } from './figure-svg';
import { chartKey, RenderCache } from './cache';
import { RENDER_THREAD_NICE, RenderPool } from './pool';
import { chartRendererBusy, renderChartSvg } from './svg';
import type { ChartSpec, ChartWidth } from '../spec';

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

/**
 * Bounds, as for the SVGs (lib/charts/render/svg.ts), shorter: resvg draws a chart in well under a
 * second, and a PNG has waited for its SVG first.
 */
const POOL = { threads: 1, maxQueued: 8, maxWaitMs: 2_000, timeoutMs: 3_000, startMs: 10_000, idleMs: 5_000 };
/** PNGs kept (a download, 60–500 KB each; pages show the SVGs): a few dozen. */
const CACHE_BYTES = 8 * 1024 * 1024;

/**
 * The rasterizer thread. resvg takes some 40–200 ms a chart (parsing and shaping the text,
 * drawing at 2×, encoding the PNG), too long to hold the server's event loop, so a worker
 * thread does it. It is started from a code string so the bundler leaves it (and resvg's
 * native addon, loaded from node_modules) alone.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { createRequire } = require('node:module');
const { Resvg } = createRequire(workerData.resolveFrom)('@resvg/resvg-js');
// As the chart worker (lib/charts/render/chart-worker.ts): this thread alone gives way to the main thread.
try {
  require('node:os').setPriority(Number(require('node:fs').readlinkSync('/proc/thread-self').split('/').pop()), workerData.nice);
} catch {}
parentPort.on('message', ({ id, svg }) => {
  try {
    const png = new Resvg(svg, workerData.options).render().asPng();
    parentPort.postMessage({ id, result: new Uint8Array(png.buffer, png.byteOffset, png.byteLength) });
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

function startWorker(): Worker {
  // Paths written out in full, so the bundler's file tracing sees exactly these two files.
  if (!existsSync(FONT_REGULAR) || !existsSync(FONT_BOLD)) throw new Error(`PNG fonts missing: ${FONT_REGULAR}, ${FONT_BOLD}. Run \`npm ci\` (the package dejavu-fonts-ttf ships them).`);
  const resolveFrom = path.join(process.cwd(), 'package.json');
  // Loaded here too, though only the worker draws: a Rust addon that only a worker thread has
  // loaded is unloaded when that thread ends, and its thread-local destructors can then crash the
  // whole process (rust-lang/rust#91979). Held by the main thread, it stays loaded.
  // The addon allocates with mimalloc, whose freed pages a thread keeps until it allocates again:
  // `npm start` sets MIMALLOC_ABANDONED_PAGE_PURGE=1 and MIMALLOC_PURGE_DELAY=0 so they go back to
  // the system when freed and when the thread ends (README, "Server memory").
  createRequire(resolveFrom)('@resvg/resvg-js');
  return new Worker(WORKER_SOURCE, { eval: true, workerData: { resolveFrom, options: RESVG_OPTIONS, nice: RENDER_THREAD_NICE } });
}

interface State {
  pool: RenderPool<Uint8Array<ArrayBuffer>>;
  cache: RenderCache<PngBuffer>;
}

const state: State = ((globalThis as { __pngRenderer?: State }).__pngRenderer ??= {
  pool: new RenderPool<Uint8Array<ArrayBuffer>>({ name: 'PNG renderer', startWorker, ...POOL }),
  cache: new RenderCache<PngBuffer>(CACHE_BYTES),
});

/** An SVG drawn as PNG at twice its size, with the shipped fonts, off the main thread. Not cached. */
export async function svgToPng(svg: string, signal?: AbortSignal): Promise<PngBuffer> {
  const png = await state.pool.run({ svg }, signal);
  return Buffer.from(png.buffer, png.byteOffset, png.byteLength);
}

/**
 * The chart's figure as a PNG file: the same SVG the page shows, in the light colours of a
 * saved file (a picture cannot follow the reader's colour scheme), at twice its size. Cached
 * like the SVGs, by the hash of the spec, least recently used dropped first. As renderChartSvg,
 * a PNG whose reader has gone (`signal`) is not drawn.
 */
export function renderChartPng(spec: ChartSpec, width: ChartWidth, signal?: AbortSignal): Promise<PngBuffer> {
  return state.cache.get(chartKey(spec, width), async (drawing) => svgToPng(lightFigureSvg(await renderChartSvg(spec, width, drawing)), drawing), signal);
}

/** As chartRendererBusy, for a PNG: it needs the SVG renderer first, then the rasterizer. */
export function pngRendererBusy(): Error | null {
  return chartRendererBusy() ?? state.pool.busy();
}
