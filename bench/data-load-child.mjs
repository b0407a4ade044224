// Run by bench/data-load.mjs in a fresh `node --expose-gc`: loads and parses every shipped file
// with the app's own loader (bench/out/app-lib.mjs) and prints one JSON line of timings and memory.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const hwm = () => Number(/^VmHWM:\s+(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? NaN) * 1024;
const [, , libFile] = process.argv;

const rssAtStart = process.memoryUsage().rss;
const t0 = performance.now();
const lib = await import(pathToFileURL(libFile).href);
const t1 = performance.now();
const files = lib.readDataFiles();
const t2 = performance.now();
const dataset = lib.assembleDataset(files);
const t3 = performance.now();
// Parsing is synchronous, so in-process sampling cannot see its peak; the kernel's high-water mark can.
const peakRss = Math.max(hwm(), process.resourceUsage().maxRSS * 1024);
let bytes = 0;
for (const text of files.values()) bytes += Buffer.byteLength(text);
const fileCount = files.size;
files.clear();
globalThis.gc();
const retainedHeap = process.memoryUsage().heapUsed;
const records = dataset.accounts.reduce((n, a) => n + a.records, 0);
const skipped = dataset.accounts.reduce((n, a) => n + a.skipped.length, 0);
console.log(JSON.stringify({
  importMs: t1 - t0, readMs: t2 - t1, parseMs: t3 - t2, loadMs: t3 - t1,
  files: fileCount, parsedFiles: dataset.accounts.length, bytes, records, skipped,
  rssAtStart, peakRss, retainedHeap,
}));
