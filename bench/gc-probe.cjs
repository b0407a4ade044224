// Preloaded into the benchmarked server (node --expose-gc -r bench/gc-probe.cjs): on SIGUSR2 it
// runs a full garbage collection and appends the memory figures to BENCH_GC_PROBE_FILE. RSS alone
// cannot tell a leak from V8 keeping a larger heap after a burst; the heap left after a full GC can.
const { appendFileSync } = require('node:fs');

const file = process.env.BENCH_GC_PROBE_FILE;
if (file && typeof global.gc === 'function') {
  process.on('SIGUSR2', () => {
    global.gc();
    const m = process.memoryUsage();
    appendFileSync(file, `${JSON.stringify({ rss: m.rss, heapUsed: m.heapUsed, heapTotal: m.heapTotal, external: m.external })}\n`);
  });
}
