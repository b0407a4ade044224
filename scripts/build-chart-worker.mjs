// Bundles the chart worker (TypeScript + recharts components) into one ES module that Node
// runs in a worker thread. react, react-dom, recharts and jsdom stay in node_modules.
import { build } from 'esbuild';

await build({
  entryPoints: ['lib/charts/render/chart-worker.ts'],
  outfile: '.chart-worker/chart-worker.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  jsx: 'automatic',
  external: ['react', 'react-dom', 'recharts', 'jsdom'],
  alias: { '@': '.' },
  logLevel: 'warning',
});
