// Where the benchmark reads and writes. Everything it produces goes to bench/out/ (gitignored)
// except bench/RESULTS.md, the report meant to be committed.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = path.dirname(BENCH_DIR);
export const OUT_DIR = path.join(BENCH_DIR, 'out');
export const RESULTS_FILE = path.join(BENCH_DIR, 'RESULTS.md');
// A dist dir of its own, so building here does not clobber another engineer's .next.
export const DIST_DIR_NAME = '.next-bench';
export const DIST_DIR = path.join(REPO_ROOT, DIST_DIR_NAME);
