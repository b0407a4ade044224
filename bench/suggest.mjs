// The search suggestions on a phone-class CPU: Chromium with the CPU slowed 4× through the
// DevTools protocol (Emulation.setCPUThrottlingRate, as Lighthouse's mobile preset does), the
// home page, the header search box, and each query typed one key at a time. For every keystroke:
// the time from the key going down to the suggestion list being redrawn for that text (a
// MutationObserver on the list; an answer for older text is never drawn, see
// components/enhance/search-suggest.ts). Also the script's size, raw and gzip.
//
// Standalone: `node bench/suggest.mjs http://127.0.0.1:3202` against a running `next start`;
// bench/run.mjs calls it against its own server.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROME_PATH } from './lighthouse.mjs';
import { REPO_ROOT } from './paths.mjs';

export const SUGGEST_SCRIPT = 'public/js/site.js';
export const CPU_SLOWDOWN = 4;
const QUERIES = ['medical coder', 'rn', 'x-ray tech', 'phlebotomy', 'nursing assistant', 'software developer', '29-20'];
// Slower than anyone types, so each key's answer is drawn before the next key (a faster typist
// only makes earlier answers moot: they are aborted, never drawn).
const KEY_INTERVAL_MS = 500;

const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] : NaN;
};

export function scriptSize(file = SUGGEST_SCRIPT) {
  const bytes = readFileSync(path.join(REPO_ROOT, file));
  return { bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
}

export async function measureSuggestions({ origin, log = console.log }) {
  const browser = await chromium.launch({ executablePath: CHROME_PATH, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
  try {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.goto(`${origin}/`, { waitUntil: 'load' });
    // Warm the server's search index (built on its first query), not counted.
    await page.request.get(`${origin}/search.json?q=warm`);
    await page.evaluate(() => {
      const w = window;
      w.__keys = [];
      w.__draws = [];
      document.addEventListener('keydown', () => w.__keys.push(performance.now()), true);
      const list = document.querySelector('#site-q')?.closest('form')?.querySelector('[role="listbox"]');
      if (!list) throw new Error('no suggestion list: is the script on the page?');
      new MutationObserver(() => w.__draws.push(performance.now())).observe(list, { childList: true });
    });
    const latencies = [];
    const missed = [];
    for (const query of QUERIES) {
      await page.fill('#site-q', '');
      await page.focus('#site-q');
      await page.evaluate(() => {
        window.__keys = [];
        window.__draws = [];
      });
      for (const ch of query) {
        await page.keyboard.type(ch);
        await page.waitForTimeout(KEY_INTERVAL_MS);
      }
      const { keys, draws } = await page.evaluate(() => ({ keys: window.__keys, draws: window.__draws }));
      keys.forEach((k, i) => {
        const next = keys[i + 1] ?? Infinity;
        const draw = draws.find((d) => d >= k && d < next);
        if (draw === undefined) missed.push(`${query.slice(0, i + 1)}`);
        else latencies.push(draw - k);
      });
    }
    // The part spent fetching /search.json (request, server search, response), from Resource Timing.
    const fetches = await page.evaluate(() => performance.getEntriesByType('resource').filter((e) => e.name.includes('/search.json?') && !e.name.endsWith('q=warm')).map((e) => e.duration));
    const result = {
      cpuSlowdown: CPU_SLOWDOWN,
      fetchP50Ms: percentile(fetches, 50),
      fetchP95Ms: percentile(fetches, 95),
      keystrokes: latencies.length + missed.length,
      missed,
      p50Ms: percentile(latencies, 50),
      p95Ms: percentile(latencies, 95),
      maxMs: Math.max(...latencies),
    };
    log(`  suggestions at ${CPU_SLOWDOWN}× CPU slowdown: ${result.keystrokes} keystrokes, p50 ${result.p50Ms.toFixed(0)} ms, p95 ${result.p95Ms.toFixed(0)} ms, max ${result.maxMs.toFixed(0)} ms (of which /search.json: p50 ${result.fetchP50Ms.toFixed(0)} ms, p95 ${result.fetchP95Ms.toFixed(0)} ms)${missed.length ? `, no redraw after: ${missed.join(' | ')}` : ''}`);
    return result;
  } finally {
    await browser.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const origin = process.argv[2] ?? 'http://127.0.0.1:3000';
  const size = scriptSize();
  console.log(`${SUGGEST_SCRIPT}: ${size.bytes} bytes, ${size.gzipBytes} bytes gzip`);
  await measureSuggestions({ origin });
}
