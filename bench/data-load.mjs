// Data: time and peak memory to read and parse every shipped file (data/**/*.csv|txt) with the
// app's own loader, each run in a fresh Node process so one run's heap cannot help the next.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { APP_LIB_FILE, buildAppLib } from './app-lib.mjs';
import { BENCH_DIR, REPO_ROOT } from './paths.mjs';

const execFileP = promisify(execFile);
const CHILD_TIMEOUT_MS = 120_000;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Runs the loader `runs` times; returns the median of each figure plus the child's wall time. */
export async function measureDataLoad({ runs, log }) {
  await buildAppLib();
  const results = [];
  for (let i = 1; i <= runs; i++) {
    const started = performance.now();
    const { stdout } = await execFileP(process.execPath, ['--expose-gc', path.join(BENCH_DIR, 'data-load-child.mjs'), APP_LIB_FILE], {
      cwd: REPO_ROOT, // readDataFiles reads <cwd>/data, as the server does
      timeout: CHILD_TIMEOUT_MS,
      maxBuffer: 1 << 20,
    });
    const r = { ...JSON.parse(stdout.trim().split('\n').pop()), wallMs: performance.now() - started };
    log(`  data load run ${i}/${runs}: ${Math.round(r.loadMs)} ms, peak RSS ${(r.peakRss / 2 ** 20).toFixed(0)} MiB`);
    results.push(r);
  }
  return Object.fromEntries(Object.keys(results[0]).map((k) => [k, median(results.map((r) => r[k]))]));
}
