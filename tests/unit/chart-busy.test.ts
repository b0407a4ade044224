import { Worker } from 'node:worker_threads';
import type { NextRequest } from 'next/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RenderCache } from '@/lib/charts/render/cache';
import { RenderPool } from '@/lib/charts/render/pool';

/**
 * The compare file route with the real renderer modules, but a stand-in chart thread: it answers
 * the first chart with a fixed SVG and never answers another, so the one thread stays busy. With
 * no room in the queue, the next chart must be refused with 503 and Retry-After, while a chart
 * already drawn and a CSV still answer.
 */
const STUCK_AFTER_ONE = `
const { parentPort } = require('node:worker_threads');
let answered = false;
parentPort.on('message', ({ id, spec }) => {
  if (answered) return;
  answered = true;
  parentPort.postMessage({ id, result: '<svg xmlns="http://www.w3.org/2000/svg"><title>' + spec.id + '</title></svg>' });
});
`;

const pool = new RenderPool<string>({ name: 'chart renderer', startWorker: () => new Worker(STUCK_AFTER_ONE, { eval: true }), maxQueued: 0, timeoutMs: 60_000, retryAfterSeconds: 2 });
(globalThis as { __chartRenderer?: unknown }).__chartRenderer = { pool, cache: new RenderCache<string>(1024 * 1024) };

const QUERY = 'occupations=29-2071,31-9094&vintage=2008-18&release=2008';
let GET: (request: NextRequest, context: { params: Promise<{ file: string }> }) => Promise<Response>;

function get(file: string, signal: AbortSignal = new AbortController().signal): Promise<Response> {
  const request = { nextUrl: new URL(`http://127.0.0.1/compare/${file}?${QUERY}`), signal } as unknown as NextRequest;
  return GET(request, { params: Promise.resolve({ file }) });
}

beforeAll(async () => {
  // Imported after the stand-in renderer is in place: the module keeps the one it finds.
  ({ GET } = await import('@/app/compare/[file]/route'));
});

afterAll(() => pool.close());

describe('the compare file route while the chart renderer is busy', () => {
  let stuck: Promise<Response>;

  it('draws the first chart', async () => {
    const first = await get('growth.svg');
    expect(first.status).toBe(200);
    expect(await first.text()).toMatch(/<title>growth\b/);
  });

  it('answers 503 with Retry-After when the thread is busy and the queue is full', async () => {
    stuck = get('median-wage.svg');
    const refused = await get('wage-range.svg');
    expect(refused.status).toBe(503);
    expect(refused.headers.get('Retry-After')).toBe('2');
    expect(await refused.text()).toMatch(/try again/);
    const png = await get('wage-range.png');
    expect(png.status, 'a PNG needs the SVG first').toBe(503);
    expect(png.headers.get('Retry-After')).toBe('2');
  });

  it('lets a held request go when its reader leaves: 499, nothing drawn, no 2 s wait', async () => {
    const reader = new AbortController();
    const started = performance.now();
    const held = get('growth-vs-wage.svg', reader.signal);
    setTimeout(() => reader.abort(new DOMException('The reader closed the page', 'AbortError')), 50);
    const answer = await held;
    expect(answer.status).toBe(499);
    expect(performance.now() - started, 'let go when the reader left, not after the hold').toBeLessThan(1500);
    expect(pool.held).toBe(0);
  });

  it('still answers a chart drawn before, and a CSV', async () => {
    const cached = await get('growth.svg');
    expect(cached.status).toBe(200);
    expect(await cached.text()).toMatch(/<title>growth\b/);
    const csv = await get('growth.csv');
    expect(csv.status).toBe(200);
    expect(await csv.text()).toContain('29-2071,Medical records and health information technicians,172.5,');
  });

  it('answers 503 for the chart whose thread was ended, and keeps nothing of it', async () => {
    await pool.close();
    const ended = await stuck;
    expect(ended.status).toBe(503);
    expect(ended.headers.get('Retry-After')).not.toBeNull();
    const again = await get('median-wage.svg');
    expect(again.status, 'drawn again by a new thread, not served from a cache').toBe(200);
    expect(await again.text()).toMatch(/<title>median-wage\b/);
  });
});
