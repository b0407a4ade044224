// `npm run bench`: builds and serves the production app on 127.0.0.1, measures it (Lighthouse,
// data load, autocannon), prints one table of targets and writes it to bench/RESULTS.md.
// Issue #6, "Speed" and "Resilience" (memory under load). Takes about ten minutes, half of it the
// build (every occupation profile is prerendered).
//
//   npm run bench                       build, then measure everything
//   npm run bench -- --no-build         reuse the last build in .next-bench/
//   npm run bench -- --only flood       the chart flood alone (with or without --no-build)
//   options: --runs 5  --duration 20  --connections 50  --skip lighthouse,suggest,data,load,flood,floor
//            --flood-duration 60  --flood-connections 24
//
// All traffic stays on 127.0.0.1; every step has a time limit; the server, the baseline server
// and every Chrome are stopped on exit, error or Ctrl-C.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { missingFigures, serveBaseline, writeBaseline } from './baseline.mjs';
import { measureDataLoad } from './data-load.mjs';
import { diagnosticsOf, killChromes, lighthousePages } from './lighthouse.mjs';
import { measureFloor } from './floor.mjs';
import { flood, FLOOD_PROBES, floodCodes, floodUrl } from './flood.mjs';
import { loadPair } from './load.mjs';
import { CPU_SLOWDOWN, measureSuggestions, scriptSize } from './suggest.mjs';
import { OUT_DIR, REPO_ROOT, RESULTS_FILE } from './paths.mjs';
import { machineInfo, markdownTable, resultsMarkdown, tableRows } from './report.mjs';
import { buildApp, heapAfterGc, httpGet, rssOf, sleep, startApp } from './server.mjs';

// The pages of the issue. The 12 codes are health occupations present in EP 2024-34 and OEWS May 2024.
const PROFILE_PATH = '/occupations/29-2071';
const COMPARE_PATH = '/compare?occupations=29-1141,29-2072,29-9021,31-9092,43-6013,11-9111,31-9094,29-2061,29-2052,29-2034,31-1131,29-1071&vintage=2024-34&release=2024';
const PAGES = [
  { key: 'home', label: '/', path: '/' },
  { key: 'profile', label: PROFILE_PATH, path: PROFILE_PATH },
  { key: 'compare', label: '/compare (12 occupations)', path: COMPARE_PATH },
  // The occupation finder unfiltered: its first page (rows 1-50 of the 832 detailed occupations).
  { key: 'finder', label: '/occupations (page 1, 50 of 832 rows)', path: '/occupations' },
];
// The occupation finder under load: a filtered, sorted view (rendered per request; page 1, 50 of 71 rows).
const FINDER_LOAD_PATH = '/occupations?group=29&sort=-growth';
// The CSV download under load.
const CSV_PATH = '/compare/growth.csv?occupations=29-2071,31-9094&vintage=2008-18&release=2008';
const WATCHDOG_MS = 45 * 60_000;

const { values: opts } = parseArgs({
  options: {
    'no-build': { type: 'boolean', default: false },
    // Lighthouse runs per page. Five, as Lighthouse's own guide on variability advises: on this
    // 2-core machine one page's TBT moved from 9 to 221 ms between runs of one build, and the
    // median of three moved by 40 ms on a page that had not changed (bench/DIAGNOSIS.md).
    runs: { type: 'string', default: '5' },
    duration: { type: 'string', default: '20' },
    connections: { type: 'string', default: '50' },
    skip: { type: 'string', default: '' },
    only: { type: 'string', default: '' },
    'flood-duration': { type: 'string', default: '60' },
    'flood-connections': { type: 'string', default: '24' },
  },
});
const runs = Number(opts.runs);
const duration = Number(opts.duration);
const connections = Number(opts.connections);
const STEPS = ['lighthouse', 'suggest', 'data', 'load', 'flood', 'floor'];
const only = opts.only.split(',').filter(Boolean);
const skip = new Set([...opts.skip.split(',').filter(Boolean), ...(only.length ? STEPS.filter((s) => !only.includes(s)) : [])]);
const floodDuration = Number(opts['flood-duration']);
const floodConnections = Number(opts['flood-connections']);
const log = (msg) => console.log(msg);

// Other work on the machine (builds, tests) skews every figure: the 1-min load average is
// sampled through the run and reported when it exceeds half the cores.
const loadSamples = [];
setInterval(() => loadSamples.push(os.loadavg()[0]), 5000).unref();

const cleanups = [];
async function cleanup() {
  killChromes();
  for (const fn of cleanups.splice(0).reverse()) await fn().catch(() => {});
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => { console.error(`\n${signal}: stopping the servers.`); cleanup().finally(() => process.exit(130)); });
}
setTimeout(() => { console.error(`Benchmark exceeded ${WATCHDOG_MS / 60_000} min; stopping.`); cleanup().finally(() => process.exit(1)); }, WATCHDOG_MS).unref();

/** Fetches a page and the chart images it references once, so first-render caches do not land on run 1. */
async function warmUp(origin, pagePath) {
  const page = await httpGet(origin + pagePath);
  const images = [...page.body.toString('utf8').matchAll(/(?:src|srcset)="(\/(?:compare|occupations)\/[^"]+\.svg[^"]*)"/gi)].map((m) => m[1].replace(/&amp;/g, '&'));
  for (const src of new Set(images)) await httpGet(origin + src);
  return page;
}

/** A 503 of the chart renderer: distinct charts asked for 24 at a time until one is refused. */
async function firstRefusal(origin) {
  const codes = floodCodes();
  for (let i = 0; i < 200; i += 24) {
    const answers = await Promise.all(Array.from({ length: 24 }, (_, k) => httpGet(origin + floodUrl(codes, 100_000 + i + k))));
    const refused = answers.find((a) => a.status === 503);
    if (refused) return { body: refused.body.toString('utf8'), headers: refused.headers };
  }
  return null;
}

async function main() {
  mkdirSync(OUT_DIR, { recursive: true });
  const results = { runs, duration, connections, notes: [], pages: PAGES.map((p) => ({ ...p })), options: `runs ${runs}, duration ${duration} s, connections ${connections}, flood ${floodDuration} s × ${floodConnections}${opts['no-build'] ? ', --no-build' : ''}${skip.size ? `, skipped ${[...skip].join(', ')}` : ''}` };

  if (!opts['no-build']) {
    log('Building (NEXT_DIST_DIR=.next-bench npm run build)…');
    const buildLog = await buildApp();
    log(`  built; log in ${path.relative(REPO_ROOT, buildLog)}`);
  }

  if (!skip.has('data')) {
    log('Data: loading and parsing every shipped file…');
    results.data = await measureDataLoad({ runs: 3, log });
  }

  log('Starting next start on 127.0.0.1…');
  const app = await startApp();
  cleanups.push(app.stop);
  log(`  ${app.origin} (pid ${app.pid})`);

  const baseline = await writeBaseline();
  const baseServer = await serveBaseline(baseline.html);
  cleanups.push(baseServer.close);
  log(`Baseline page: ${path.relative(REPO_ROOT, baseline.file)} at ${baseServer.url}`);

  // Which pages exist now; warm each once.
  for (const page of results.pages) {
    const res = await warmUp(app.origin, page.path);
    page.status = res.status;
    if (res.status !== 200) {
      page.skipReason = `not measured: ${page.path} answered HTTP ${res.status}`;
      log(`  ${page.skipReason}`);
      results.notes.push(page.skipReason);
      continue;
    }
    const html = res.body.toString('utf8');
    if (page.key === 'home') {
      const missing = missingFigures(baseline.figures, html);
      const note = missing.length ? `The home page lacks ${missing.length} of the baseline's figures: ${missing.join(', ')}.` : `The home page shows all ${baseline.figures.length} of the baseline's figure strings.`;
      results.notes.push(note);
      log(`  ${note}`);
    }
    if (page.key === 'compare' && html.includes('class="notice"')) results.notes.push('The 12-occupation comparison shows notices (a code missing from 2024-34 or May 2024?); check COMPARE_PATH.');
  }

  if (!skip.has('lighthouse')) {
    log(`Lighthouse: ${runs} runs per page…`);
    const targets = Object.fromEntries(results.pages.filter((p) => p.status === 200).map((p) => [p.key, app.origin + p.path]));
    targets.baseline = baseServer.url;
    results.lighthouse = await lighthousePages(targets, { runs, log });
    for (const [key, lh] of Object.entries(results.lighthouse)) {
      for (const e of lh.errors) results.notes.push(`Lighthouse failed on ${key}: ${e}`);
      if (!lh.medianRun) {
        delete results.lighthouse[key];
        const page = results.pages.find((p) => p.key === key);
        if (page) page.skipReason = `not measured: Lighthouse failed every run (${lh.errors[0]})`;
        continue;
      }
      lh.diagnostics = diagnosticsOf(lh.medianRun);
      delete lh.medianRun;
      for (const w of lh.warnings) results.notes.push(`Lighthouse warned on ${key}: ${w}`);
    }
  }

  // Our own scripts, each as built (public/js/, from components/enhance/): sizes raw and gzip.
  results.scripts = readdirSync(path.join(REPO_ROOT, 'public/js')).filter((f) => f.endsWith('.js')).sort().map((f) => ({ file: `public/js/${f}`, ...scriptSize(`public/js/${f}`) }));

  if (!skip.has('suggest')) {
    log(`Suggestions: typing in the header search at ${CPU_SLOWDOWN}× CPU slowdown…`);
    results.suggest = { script: scriptSize(), ...(await measureSuggestions({ origin: app.origin, log })) };
  }

  if (!skip.has('load')) {
    log('Load: autocannon…');
    const profile = results.pages.find((p) => p.key === 'profile');
    const before = rssOf(app.pid);
    const heapBefore = await heapAfterGc(app);
    results.load = [];
    let peak = before;
    const finder = { path: FINDER_LOAD_PATH, label: FINDER_LOAD_PATH };
    for (const [kind, target] of [['page', profile], ['page', finder], ['csv', { path: CSV_PATH, label: CSV_PATH.replace(/\?.*/, '?…') }]]) {
      const pair = await loadPair({ origin: app.origin, pid: app.pid, path: target.path, duration, connections, log });
      results.load.push({ ...pair, kind, label: target.label });
      peak = Math.max(peak, pair.rssPeak);
      await sleep(1000);
    }
    await sleep(2000);
    const after = rssOf(app.pid);
    const heapAfter = await heapAfterGc(app);
    results.memory = { before, afterEach: results.load.map((l) => ({ label: l.label, rss: l.rssAfter })), after, peak, heapBefore, heapAfter };
  }

  if (!skip.has('flood')) {
    log('Flood: distinct charts…');
    results.flood = await flood({ origin: app.origin, pid: app.pid, duration: floodDuration, connections: floodConnections, log });
  }

  if (!skip.has('floor')) {
    // The app's server is stopped first, so the floor app has the machine the app had.
    const csv = await httpGet(app.origin + CSV_PATH);
    // The flood's answers, for the floor app to give as constants: a refusal (a chart no one drew,
    // while the renderer is busy: asked until one is refused), the profile page and the cached chart.
    let floodOptions = null;
    if (results.flood) {
      const profile = await httpGet(app.origin + FLOOD_PROBES.find((p) => p.key === 'profile').path);
      const cached = await httpGet(app.origin + FLOOD_PROBES.find((p) => p.key === 'cachedChart').path);
      const refusal = await firstRefusal(app.origin);
      if (refusal) floodOptions = { duration: floodDuration, connections: floodConnections, profileHtml: profile.body.toString('utf8'), chartSvg: cached.body.toString('utf8'), refusal, probeOccupations: '29-2071,31-9094' };
      else results.notes.push('The flood floor was not measured: no chart request was refused in 200 tries.');
    }
    await app.stop();
    if (csv.status === 200) {
      log("Floor: the same CSV bytes from a constant route handler, a constant API route and a static file of a minimal Next app…");
      results.floor = await measureFloor({ body: csv.body, headers: csv.headers, duration, connections, log, onStart: (server) => cleanups.push(server.stop), flood: floodOptions });
    }
  }

  results.machine = machineInfo();
  const busiest = Math.max(0, ...loadSamples);
  results.machine.loadAverageMax = busiest;
  if (busiest > os.cpus().length / 2) {
    results.notes.push(`The machine was busy: the 1-min load average reached ${busiest.toFixed(1)} on ${os.cpus().length} cores during the run (other processes), so timings are noisier and throughput lower than on a quiet machine.`);
  }
  const table = markdownTable(tableRows(results));
  console.log(`\n${table}\n`);
  for (const n of results.notes) console.log(`- ${n}`);
  writeFileSync(RESULTS_FILE, resultsMarkdown(results, table));
  writeFileSync(path.join(OUT_DIR, 'results.json'), JSON.stringify(results, null, 2));
  log(`\nWrote ${path.relative(process.cwd(), RESULTS_FILE)} (raw figures and Lighthouse reports in ${path.relative(process.cwd(), OUT_DIR)}/).`);
}

try {
  await main();
} catch (error) {
  console.error(`bench failed: ${error instanceof Error ? error.stack ?? error.message : error}`);
  process.exitCode = 1;
} finally {
  await cleanup();
}
