// The chart renderer under load: `connections` clients each asking, one after another, for a chart
// no one asked for before (a different comparison every time, SVG and PNG in turn), for `duration`
// seconds. Beside them, one client at a time asks for a profile page, a CSV and a chart already
// drawn, to see whether what needs no rendering keeps answering. Server RSS is sampled throughout.
import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import path from 'node:path';
import { REPO_ROOT } from './paths.mjs';
import { httpGet, rssOf, sleep } from './server.mjs';

const FIGURES = ['growth', 'median-wage', 'wage-range', 'growth-vs-wage', 'wage-trend'];
export const FLOOD_PROBES = [
  { key: 'profile', label: '/occupations/29-2072', path: '/occupations/29-2072' },
  { key: 'csv', label: '/compare/growth.csv?…', path: '/compare/growth.csv?occupations=29-2071,31-9094&vintage=2008-18&release=2008' },
  { key: 'cachedChart', label: '/compare/growth.svg?… (drawn before)', path: '/compare/growth.svg?occupations=29-2071,31-9094&vintage=2008-18&release=2008' },
];
// As autocannon's timeout in bench/load.mjs: a request unanswered after 10 s counts as a timeout.
const REQUEST_TIMEOUT_MS = 10_000;

/**
 * Detailed occupations of OEWS May 2024 that EP 2024-34 projects too, read from the shipped files,
 * so that every comparison the flood asks for exists (a 404 would test nothing).
 */
export function floodCodes() {
  const read = (file) => readFileSync(path.join(REPO_ROOT, 'data', file), 'utf8');
  const oews = new Set([...read('oews/national_M2024_dl.csv').matchAll(/,(\d\d-\d{4}),(?:"[^"]*"|[^,]*),detailed,/g)].map((m) => m[1]));
  const ep = new Set([...read('projections/2024-34/table_1.2.csv').matchAll(/,(\d\d-\d{4}),Line item,/g)].map((m) => m[1]));
  return [...oews].filter((c) => ep.has(c)).sort();
}

/** The i-th chart URL of the flood: three codes, a figure, SVG or PNG; no two alike within a run. */
export function floodUrl(codes, i) {
  const n = codes.length;
  // The round (i / n) moves the second and third codes, so a long flood never repeats a comparison.
  const round = Math.floor(i / n);
  const chosen = [...new Set([codes[i % n], codes[(i * 7 + 3 * round + 1) % n], codes[(i * 13 + 5 * round + 2) % n]])];
  const figure = FIGURES[Math.floor(i / 2) % FIGURES.length];
  const ext = i % 2 === 0 ? 'svg' : 'png';
  return `/compare/${figure}.${ext}?occupations=${chosen.join(',')}&vintage=2024-34&release=2024`;
}

function timedGet(agent, url) {
  const started = performance.now();
  return new Promise((resolve) => {
    const req = request(url, { agent, timeout: REQUEST_TIMEOUT_MS }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode, ms: performance.now() - started, retryAfter: res.headers['retry-after'] }));
      res.on('error', () => resolve({ status: 'error', ms: performance.now() - started }));
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', (e) => resolve({ status: e.message === 'timeout' ? 'timeout' : 'error', ms: performance.now() - started }));
    req.end();
  });
}

function percentile(sorted, p) {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function summarise(results) {
  const ms = results.map((r) => r.ms).sort((a, b) => a - b);
  const statusCodes = {};
  for (const r of results) statusCodes[r.status] = (statusCodes[r.status] ?? 0) + 1;
  return { requests: results.length, p50Ms: percentile(ms, 50), p99Ms: percentile(ms, 99), maxMs: ms.at(-1) ?? NaN, statusCodes };
}

/**
 * Runs the flood against `origin` and returns the chart requests' and each probe's summary, how
 * many 503s carried Retry-After, and the server's RSS before, at peak, right after and `settleS`
 * seconds after, and whether the server still answers `/` then.
 */
export async function flood({ origin, pid, duration, connections, settleS = 15, log }) {
  const codes = floodCodes();
  for (const probe of FLOOD_PROBES) {
    const res = await httpGet(origin + probe.path);
    if (res.status !== 200) throw new Error(`GET ${probe.path} answered ${res.status}; the flood's probes must answer 200.`);
  }
  const rssBefore = rssOf(pid);
  let rssPeak = rssBefore;
  const sampler = setInterval(() => { try { rssPeak = Math.max(rssPeak, rssOf(pid)); } catch { /* server gone */ } }, 250);
  const deadline = Date.now() + duration * 1000;
  const chartAgent = new Agent({ keepAlive: true, maxSockets: connections });
  const probeAgent = new Agent({ keepAlive: true, maxSockets: FLOOD_PROBES.length });
  let next = 0;
  const charts = [];
  const probes = Object.fromEntries(FLOOD_PROBES.map((p) => [p.key, []]));
  log(`  flood: ${connections} clients × distinct charts from ${codes.length} codes (SVG and PNG), ${duration} s; probes ${FLOOD_PROBES.map((p) => p.label).join(', ')}`);
  try {
    const client = async () => {
      while (Date.now() < deadline) charts.push({ ...(await timedGet(chartAgent, origin + floodUrl(codes, next++))) });
    };
    const prober = async (probe) => {
      while (Date.now() < deadline) {
        probes[probe.key].push(await timedGet(probeAgent, origin + probe.path));
        await sleep(50);
      }
    };
    await Promise.all([...Array.from({ length: connections }, client), ...FLOOD_PROBES.map(prober)]);
  } finally {
    chartAgent.destroy();
    probeAgent.destroy();
  }
  const rssAfterFlood = rssOf(pid);
  clearInterval(sampler);
  // RSS each second while the server settles: when the render threads end shows as a drop.
  const rssSettling = [];
  for (let s = 1; s <= settleS; s++) {
    await sleep(1000);
    try { rssSettling.push(rssOf(pid)); } catch { break; }
  }
  let alive = false;
  try { alive = (await httpGet(`${origin}/`, { timeoutMs: 10_000 })).status === 200; } catch { /* dead or hung */ }
  const busy = charts.filter((r) => r.status === 503);
  return {
    duration,
    connections,
    codes: codes.length,
    charts: summarise(charts),
    busyWithRetryAfter: busy.filter((r) => r.retryAfter !== undefined).length,
    probes: FLOOD_PROBES.map((p) => ({ ...p, ...summarise(probes[p.key]) })),
    rssBefore,
    rssPeak,
    rssAfterFlood,
    rssSettling,
    rssSettled: alive ? rssOf(pid) : NaN,
    settleS,
    alive,
  };
}
