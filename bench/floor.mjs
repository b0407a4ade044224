// Next's own floor for a CSV route: a separate minimal Next app (built into bench/out/floor-app)
// that answers with the same bytes and headers as the app's CSV route from three places: an App
// Router route handler returning a constant, a Pages Router API route returning a constant, and
// a static file in public/. Measured like the app (autocannon, same duration and connections), it
// shows how close to a static file any route handler of this Next version can come on this
// machine, whatever the route computes.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { flood } from './flood.mjs';
import { cannon } from './load.mjs';
import { OUT_DIR, REPO_ROOT } from './paths.mjs';
import { httpGet, NEXT_BIN, run, startCommand, startNext } from './server.mjs';

const FLOOR_DIR = path.join(OUT_DIR, 'floor-app');
const env = () => {
  const e = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
  delete e.NEXT_DIST_DIR;
  return e;
};

/**
 * Writes the minimal app; `body` and `headers` are those of the app's CSV response. With `flood`
 * (the app's answers to the flood's URLs: `profileHtml`, `refusal` {body, headers}, `chartSvg`),
 * it also answers the flood as cheaply as Next can: every chart URL but the probes' gets the
 * app's 503 as a constant, and `/occupations/29-2072` is a prerendered page holding the app's
 * profile HTML.
 */
function writeFloorApp(body, headers, flood) {
  rmSync(FLOOR_DIR, { recursive: true, force: true });
  const file = (rel, text) => {
    mkdirSync(path.dirname(path.join(FLOOR_DIR, rel)), { recursive: true });
    writeFileSync(path.join(FLOOR_DIR, rel), text);
  };
  const text = JSON.stringify(body.toString('utf8'));
  const head = JSON.stringify({ 'Content-Type': headers['content-type'], 'Content-Disposition': headers['content-disposition'] ?? 'attachment', 'Cache-Control': headers['cache-control'] ?? 'no-cache' });
  file('package.json', '{ "private": true }\n');
  // The app's own next.config.js headers (CSP and the rest), so every answer carries the same.
  file('next.config.js', `const app = require(${JSON.stringify(path.join(REPO_ROOT, 'next.config.js'))});\nmodule.exports = { poweredByHeader: false, headers: app.headers };\n`);
  file('app/layout.js', 'export default function Layout({ children }) { return <html lang="en"><body>{children}</body></html>; }\n');
  file('app/page.js', 'export default function Page() { return <p>floor</p>; }\n');
  file('app/route-floor.csv/route.js', `export const dynamic = 'force-dynamic';\nconst body = ${text};\nexport function GET() { return new Response(body, { headers: ${head} }); }\n`);
  file('pages/api/floor.js', `const body = ${text};\nconst head = ${head};\nexport default function handler(req, res) { for (const [k, v] of Object.entries(head)) res.setHeader(k, v); res.end(body); }\n`);
  file('public/static-floor.csv', body);
  if (flood) {
    const refusal = JSON.stringify({ status: 503, headers: { 'Content-Type': flood.refusal.headers['content-type'], 'Retry-After': flood.refusal.headers['retry-after'], 'Cache-Control': flood.refusal.headers['cache-control'] ?? 'no-store' } });
    // The probes' URLs (bench/flood.mjs FLOOD_PROBES) answer 200 with the app's bytes; every other chart URL 503.
    file('app/compare/[file]/route.js', [
      "export const dynamic = 'force-dynamic';",
      `const csv = ${text};`,
      `const svg = ${JSON.stringify(flood.chartSvg)};`,
      `const refusal = ${JSON.stringify(flood.refusal.body)};`,
      'export async function GET(request, { params }) {',
      '  const { file } = await params;',
      `  if (request.nextUrl.searchParams.get('occupations') === ${JSON.stringify(flood.probeOccupations)}) return file.endsWith('.csv') ? new Response(csv, { headers: ${head} }) : new Response(svg, { headers: { 'Content-Type': 'image/svg+xml', 'Cache-Control': 'public, max-age=3600' } });`,
      `  return new Response(refusal, ${refusal});`,
      '}',
      '',
    ].join('\n'));
    const bodyHtml = /<body[^>]*>([\s\S]*)<\/body>/.exec(flood.profileHtml)?.[1] ?? flood.profileHtml;
    file('pages/occupations/body.json', JSON.stringify(bodyHtml));
    file('pages/occupations/[code].js', [
      "import body from './body.json';",
      'export const config = { unstable_runtimeJS: false };',
      "export function getStaticPaths() { return { paths: [{ params: { code: '29-2072' } }], fallback: false }; }",
      'export function getStaticProps() { return { props: {} }; }',
      'export default function Page() { return <div dangerouslySetInnerHTML={{ __html: body }} />; }',
      '',
    ].join('\n'));
  }
}

/**
 * Builds and serves the floor app, loads its three URLs; returns their autocannon results. With
 * `flood` (see writeFloorApp, plus `duration` and `connections`), then floods it as the app was
 * flooded and returns that too (`floodFloor`): the probes' latency when nothing is drawn at all.
 */
export async function measureFloor({ body, headers, duration, connections, log, onStart, flood: floodOptions }) {
  writeFloorApp(body, headers, floodOptions);
  log('  building the floor app (bench/out/floor-app)…');
  await run(process.execPath, [NEXT_BIN, 'build'], { cwd: FLOOR_DIR, env: env(), log: path.join(OUT_DIR, 'floor-build.log'), timeoutMs: 10 * 60_000 });
  // Served as the app is (`npm start`'s environment and node flags), so the two compare.
  const served = startCommand();
  const server = await startNext({ cwd: FLOOR_DIR, env: { ...env(), ...served.env }, nodeArgs: served.nodeArgs, log: path.join(OUT_DIR, 'floor-server.log') });
  onStart?.(server);
  try {
    const results = {};
    for (const [key, url] of [['static', '/static-floor.csv'], ['appRoute', '/route-floor.csv'], ['pagesApi', '/api/floor']]) {
      const probe = await httpGet(server.origin + url);
      if (probe.status !== 200) throw new Error(`floor app ${url} answered ${probe.status}`);
      if (key !== 'static' && !probe.body.equals(body)) throw new Error(`floor app ${url} did not answer the same bytes`);
      log(`  autocannon floor ${key} ${url}, ${duration} s × ${connections} connections`);
      results[key] = await cannon(server.origin + url, { duration, connections });
    }
    if (floodOptions) {
      log(`  flood of the floor app: ${floodOptions.connections} clients, ${floodOptions.duration} s`);
      results.floodFloor = await flood({ origin: server.origin, pid: server.pid, duration: floodOptions.duration, connections: floodOptions.connections, settleS: 1, log });
    }
    return { bytes: body.length, ...results };
  } finally {
    await server.stop();
  }
}
