// Bundles the site's own browser script: components/enhance/site.ts, which imports each
// enhancement, becomes public/js/site.js, minified for current browsers. Pages are complete
// without it (see components/page-script.tsx); it only enhances markup that already works.
import { rmSync, mkdirSync } from 'node:fs';
import { build } from 'esbuild';

const SOURCE = 'components/enhance';
const OUT = 'public/js';

const entryPoints = [`${SOURCE}/site.ts`];

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
