// Server under load: autocannon (node API) for a fixed time against one URL of the running app,
// then against the build's static file closest in size, on the same server, for the ratio.
// Server RSS is read from /proc before and after each run and sampled during it.
import autocannon from 'autocannon';
import { httpGet, rssOf, sleep, staticAssets } from './server.mjs';

/** The static file (served from the build's static/ folder) whose size is closest to `bytes`. */
function closestStaticAsset(bytes) {
  return staticAssets().reduce((best, a) => (Math.abs(a.size - bytes) < Math.abs(best.size - bytes) ? a : best));
}

// A short unmeasured run first, so both sides are measured with warm JIT and caches.
const WARM_UP_S = 3;

export async function cannon(url, { duration, connections }) {
  await autocannon({ url, duration: WARM_UP_S, connections, timeout: 10 });
  const r = await autocannon({ url, duration, connections, timeout: 10 });
  return {
    url,
    requestsPerSec: r.requests.average,
    requests: r.requests.total,
    p50Ms: r.latency.p50,
    p99Ms: r.latency.p99,
    errors: r.errors,
    timeouts: r.timeouts,
    non2xx: r.non2xx,
    statusCodes: Object.fromEntries(Object.entries(r.statusCodeStats).map(([code, s]) => [code, s.count])),
  };
}

/**
 * Loads `path` of the app and then its size-matched static file, `duration` s each.
 * Returns both results, the sizes, and the server's RSS before, at peak and after.
 */
export async function loadPair({ origin, pid, path, duration, connections, log }) {
  const probe = await httpGet(origin + path);
  if (probe.status !== 200) throw new Error(`GET ${path} answered ${probe.status}; not load-testing a non-200 URL.`);
  const asset = closestStaticAsset(probe.body.length);
  const rssBefore = rssOf(pid);
  let rssPeak = rssBefore;
  const sampler = setInterval(() => { try { rssPeak = Math.max(rssPeak, rssOf(pid)); } catch { /* server gone */ } }, 250);
  try {
    log(`  autocannon ${path} (${probe.body.length} B), ${duration} s × ${connections} connections`);
    const app = await cannon(origin + path, { duration, connections });
    const rssAfterApp = rssOf(pid);
    await sleep(1000);
    log(`  autocannon ${asset.url} (${asset.size} B, static), ${duration} s × ${connections} connections`);
    const stat = await cannon(origin + asset.url, { duration, connections });
    return { path, bytes: probe.body.length, contentType: probe.headers['content-type'], app, static: { ...stat, bytes: asset.size }, rssBefore, rssAfterApp, rssPeak, rssAfter: rssOf(pid) };
  } finally {
    clearInterval(sampler);
  }
}
