// Bundles the site's own browser scripts: every components/enhance/<name>.ts (tests aside)
// becomes public/js/<name>.js, minified for current browsers. Pages are complete without
// them (see components/page-script.tsx); a script only enhances markup that already works.
import { readdirSync, rmSync, mkdirSync } from 'node:fs';
import { build } from 'esbuild';

const SOURCE = 'components/enhance';
const OUT = 'public/js';

const entryPoints = readdirSync(SOURCE)
  .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts') && !name.endsWith('.d.ts'))
  .map((name) => `${SOURCE}/${name}`);

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });

if (entryPoints.length > 0) {
  await build({
    entryPoints,
    outdir: OUT,
    bundle: true,
    minify: true,
    format: 'iife',
    target: ['chrome109', 'firefox115', 'safari15.4'],
    platform: 'browser',
    alias: { '@': '.' },
    logLevel: 'warning',
  });
}
