// Bundles the app's own TypeScript data code (lib/) into one plain Node module under bench/out/,
// so the baseline page and the data-load measurement run the very parser the server runs,
// without Next. npm packages (papaparse) stay in node_modules, as they do in the server.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { OUT_DIR, REPO_ROOT } from './paths.mjs';

export const APP_LIB_FILE = path.join(OUT_DIR, 'app-lib.mjs');

// The loader (readDataFiles + assembleDataset) and what the home page computes from its result.
const ENTRY = `
export { readDataFiles } from '@/lib/data/get-dataset';
export { assembleDataset } from '@/lib/data/assemble';
export { getStory } from '@/lib/home/story';
export { comparisonTable } from '@/lib/comparison/tables';
export { formatPercent } from '@/lib/tables/format';
`;

/** Builds bench/out/app-lib.mjs and returns its path. */
export async function buildAppLib() {
  mkdirSync(OUT_DIR, { recursive: true });
  await build({
    stdin: { contents: ENTRY, resolveDir: REPO_ROOT, sourcefile: 'bench-app-lib-entry.ts', loader: 'ts' },
    outfile: APP_LIB_FILE,
    absWorkingDir: REPO_ROOT,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    alias: { '@': REPO_ROOT },
    logLevel: 'warning',
  });
  return APP_LIB_FILE;
}

/** Imports the bundle (build it first). */
export async function importAppLib() {
  return import(pathToFileURL(APP_LIB_FILE).href);
}
