// Lighthouse 12 (node API) on Debian's Chromium: default config (mobile emulation, simulated
// throttling), performance category only. A fresh Chrome per run, runs interleaved across pages
// so a slow moment of the machine does not land on one page's runs.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { OUT_DIR } from './paths.mjs';

export const CHROME_PATH = '/usr/bin/chromium';
const CHROME_FLAGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--no-first-run', '--disable-sync',
];
const RUN_TIMEOUT_MS = 120_000;
const running = new Set();

/** Kills any Chrome still open (on SIGINT or error). */
export function killChromes() {
  for (const chrome of running) try { chrome.kill(); } catch { /* gone */ }
  running.clear();
}

async function runOnce(url) {
  const chrome = await chromeLauncher.launch({ chromePath: CHROME_PATH, chromeFlags: CHROME_FLAGS, logLevel: 'silent', handleSIGINT: false });
  running.add(chrome);
  let timer;
  try {
    const timeout = new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`Lighthouse on ${url} took over ${RUN_TIMEOUT_MS / 1000} s`)), RUN_TIMEOUT_MS); });
    const result = await Promise.race([lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] }), timeout]);
    const lhr = result?.lhr;
    if (!lhr) throw new Error(`Lighthouse returned no result for ${url}`);
    if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    return lhr;
  } finally {
    clearTimeout(timer);
    running.delete(chrome);
    chrome.kill();
  }
}

// Lighthouse now and then fails to record a trace (NO_NAVSTART, NO_FCP); such a run is repeated.
const ATTEMPTS = 3;
async function runWithRetries(url, log) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await runOnce(url);
    } catch (error) {
      if (attempt >= ATTEMPTS) throw error;
      log(`  lighthouse retry ${attempt}/${ATTEMPTS - 1} after: ${error.message.split('\n')[0]}`);
    }
  }
}

/** The figures the report needs from one Lighthouse result. */
function metricsOf(lhr) {
  const num = (id) => lhr.audits[id]?.numericValue ?? NaN;
  const summary = lhr.audits['resource-summary']?.details?.items ?? [];
  const bytes = (type) => summary.find((i) => i.resourceType === type)?.transferSize ?? 0;
  return {
    score: lhr.categories.performance.score,
    fcpMs: num('first-contentful-paint'),
    lcpMs: num('largest-contentful-paint'),
    tbtMs: num('total-blocking-time'),
    cls: num('cumulative-layout-shift'),
    siMs: num('speed-index'),
    jsBytes: bytes('script'),
    jsRequests: summary.find((i) => i.resourceType === 'script')?.requestCount ?? 0,
    totalBytes: bytes('total'),
  };
}

const median = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/**
 * Runs Lighthouse `runs` times on each page ({ key: url }) and returns, per page, the median of
 * each metric, every run's metrics, and Lighthouse's own median run (for its diagnostics).
 * Full reports go to bench/out/lighthouse/<key>-<n>.json.
 */
export async function lighthousePages(pages, { runs, log }) {
  const dir = path.join(OUT_DIR, 'lighthouse');
  mkdirSync(dir, { recursive: true });
  const lhrs = Object.fromEntries(Object.keys(pages).map((k) => [k, []]));
  const errors = Object.fromEntries(Object.keys(pages).map((k) => [k, []]));
  for (let i = 1; i <= runs; i++) {
    for (const [key, url] of Object.entries(pages)) {
      const started = Date.now();
      let lhr;
      try {
        lhr = await runWithRetries(url, log);
      } catch (error) {
        // One page that Lighthouse cannot measure should not cost the rest of the report.
        errors[key].push(`run ${i}: ${error.message.split('\n')[0]}`);
        log(`  lighthouse ${key} run ${i}/${runs} failed: ${error.message.split('\n')[0]}`);
        continue;
      }
      writeFileSync(path.join(dir, `${key}-${i}.json`), JSON.stringify(lhr));
      lhrs[key].push(lhr);
      const m = metricsOf(lhr);
      log(`  lighthouse ${key} run ${i}/${runs}: score ${m.score} LCP ${Math.round(m.lcpMs)} ms TBT ${Math.round(m.tbtMs)} ms (${((Date.now() - started) / 1000).toFixed(0)} s)`);
    }
  }
  const out = {};
  for (const [key, list] of Object.entries(lhrs)) {
    if (list.length === 0) {
      out[key] = { url: pages[key], errors: errors[key], medianRun: null };
      continue;
    }
    const all = list.map(metricsOf);
    const medians = Object.fromEntries(Object.keys(all[0]).map((k) => [k, median(all.map((m) => m[k]))]));
    const warnings = [...new Set(list.flatMap((l, i) => (l.runWarnings ?? []).map((w) => `${w} (run ${i + 1})`)))];
    out[key] = { url: pages[key], medians, runs: all, warnings, errors: errors[key], medianRun: computeMedianRun(list) };
  }
  return out;
}

/** Lighthouse's diagnostics of one run that explain LCP and TBT, as short plain data. */
export function diagnosticsOf(lhr) {
  const items = (id) => lhr.audits[id]?.details?.items ?? [];
  const short = (u) => String(u ?? '').replace(/^https?:\/\/127\.0\.0\.1:\d+/, '');
  const lcpElement = items('largest-contentful-paint-element');
  // LCP element audit holds two tables: the element, then the LCP phases.
  const element = lcpElement[0]?.items?.[0]?.node;
  const phases = (lcpElement[1]?.items ?? []).map((p) => `${p.phase ?? p.subpart ?? p.label}: ${Math.round(p.timing ?? p.duration ?? 0)} ms`);
  return {
    lcpElement: element ? `${element.nodeLabel ?? ''} ${(element.snippet ?? '').slice(0, 160)}` : 'n/a',
    lcpPhases: phases,
    bootup: items('bootup-time').slice(0, 6).map((i) => ({ url: short(i.url), totalMs: Math.round(i.total), scriptingMs: Math.round(i.scripting) })),
    mainThread: items('mainthread-work-breakdown').map((i) => ({ group: i.groupLabel ?? i.group, ms: Math.round(i.duration) })),
    longTasks: items('long-tasks').map((i) => ({ url: short(i.url), startMs: Math.round(i.startTime), ms: Math.round(i.duration) })),
    unusedJs: items('unused-javascript').map((i) => ({ url: short(i.url), totalBytes: i.totalBytes, wastedBytes: i.wastedBytes })),
    scripts: items('network-requests').filter((r) => r.resourceType === 'Script').map((r) => ({ url: short(r.url), transferSize: r.transferSize, resourceSize: r.resourceSize })),
    renderBlocking: items('render-blocking-insight').map((i) => ({ url: short(i.url), totalBytes: i.totalBytes, wastedMs: Math.round(i.wastedMs ?? 0) })),
    // next/link prefetches each visible link's route (RSC payload) once the page has loaded.
    prefetches: items('network-requests').filter((r) => /[?&]_rsc=/.test(r.url)).map((r) => short(r.url)),
    requests: items('network-requests').map((r) => ({ url: short(r.url), type: r.resourceType, transferSize: r.transferSize, priority: r.priority })),
  };
}
