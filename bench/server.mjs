// Builds the app into its own dist dir and runs `next start` on a free loopback port, with the
// process handles the rest of the benchmark needs (pid for RSS, a stop that always works).
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import path from 'node:path';
import { BENCH_DIR, DIST_DIR, DIST_DIR_NAME, OUT_DIR, REPO_ROOT } from './paths.mjs';

// Generous: the build prerenders every occupation profile, and other builds may share the CPU.
const BUILD_TIMEOUT_MS = 20 * 60_000;
const START_TIMEOUT_MS = 60_000;
/**
 * The environment variables and node flags of `npm start`, read from package.json so the bench
 * runs the server exactly as it is served: e.g. `MALLOC_ARENA_MAX=2 node --optimize-for-size
 * node_modules/next/dist/bin/next start -p 3000`.
 */
export function startCommand() {
  const script = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')).scripts.start;
  const m = /^((?:[A-Z_]+=\S+\s+)*)node((?:\s+--[\w-]+(?:=\S+)?)*)\s+node_modules\/next\/dist\/bin\/next start\b/.exec(script);
  if (!m) throw new Error(`package.json's start script is not "[VAR=value …] node [--flag …] node_modules/next/dist/bin/next start …": ${script}`);
  const env = Object.fromEntries(m[1].trim().split(/\s+/).filter(Boolean).map((pair) => pair.split('=')));
  return { env, nodeArgs: m[2].trim().split(/\s+/).filter(Boolean) };
}

const appEnv = () => ({ ...process.env, NEXT_DIST_DIR: DIST_DIR_NAME, NEXT_TELEMETRY_DISABLED: '1', ...startCommand().env });

/** A TCP port nothing listens on now (asked of the kernel, on 127.0.0.1). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/** Runs a command to completion with its output in a log file; rejects with the log's tail. */
export function run(cmd, args, { env, log, timeoutMs, cwd = REPO_ROOT }) {
  return new Promise((resolve, reject) => {
    const out = createWriteStream(log);
    const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    child.stdout.pipe(out);
    child.stderr.pipe(out);
    const timer = setTimeout(() => process.kill(-child.pid, 'SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      out.end(() => {
        if (code === 0) return resolve();
        const tail = readFileSync(log, 'utf8').split('\n').slice(-30).join('\n');
        reject(new Error(`${cmd} ${args.join(' ')} failed (${signal ?? `exit ${code}`}); see ${log}:\n${tail}`));
      });
    });
  });
}

/**
 * `npm run build` with NEXT_DIST_DIR=.next-bench. `next build` adds the new dist dir's type paths
 * to tsconfig.json's "include"; that edit belongs to nobody, so those two entries are taken out
 * again, leaving anything else (another engineer's build may add its own) as it is.
 */
export async function buildApp() {
  const tsconfigPath = path.join(REPO_ROOT, 'tsconfig.json');
  const hadOwnEntries = readFileSync(tsconfigPath, 'utf8').includes(`"${DIST_DIR_NAME}/`);
  const log = path.join(OUT_DIR, 'build.log');
  try {
    await run('npm', ['run', 'build'], { env: appEnv(), log, timeoutMs: BUILD_TIMEOUT_MS });
  } finally {
    if (!hadOwnEntries) removeDistDirIncludes(tsconfigPath);
  }
  return log;
}

/** Deletes the `".next-bench/…"` lines of tsconfig.json, if the file stays the same JSON without them. */
function removeDistDirIncludes(tsconfigPath) {
  const text = readFileSync(tsconfigPath, 'utf8');
  const ours = new RegExp(`^\\s*"${DIST_DIR_NAME.replace('.', '\\.')}/[^"]*",?\\r?\\n`, 'gm');
  // Drop our lines, then a comma left dangling before the closing bracket.
  const cleaned = text.replace(ours, '').replace(/,(\s*\])/, '$1');
  if (cleaned === text) return;
  try {
    const expected = JSON.parse(text);
    expected.include = (expected.include ?? []).filter((p) => !p.startsWith(`${DIST_DIR_NAME}/`));
    if (JSON.stringify(JSON.parse(cleaned)) === JSON.stringify(expected)) writeFileSync(tsconfigPath, cleaned);
  } catch {
    // tsconfig with comments (not JSON): leave it as Next wrote it
  }
}

/** GET over plain HTTP without Accept-Encoding (as autocannon sends): status, headers, body bytes. */
export function httpGet(url, { timeoutMs = 30_000, headers = {} } = {}) {
  return new Promise((resolve, reject) => {
    // A connection of its own: Node's global agent keeps sockets alive, and one the server closed
    // while this process was busy (building the baseline page) would fail the next request.
    const req = request(url, { headers, timeout: timeoutMs, agent: false }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error(`GET ${url} timed out after ${timeoutMs} ms`)));
    req.on('error', reject);
    req.end();
  });
}

/** The `next` command of this checkout's node_modules. */
export const NEXT_BIN = path.join(REPO_ROOT, 'node_modules', 'next', 'dist', 'bin', 'next');

/**
 * Starts `next start` of the app built in `cwd` on a free 127.0.0.1 port and waits until `/`
 * answers. Returns { origin, pid, stop }. The server runs in its own process group so stop()
 * ends it and anything it started, and it is killed if the benchmark exits without stopping it.
 */
export async function startNext({ cwd, env, log, nodeArgs = [] }) {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const out = createWriteStream(log);
  const child = spawn(process.execPath, [...nodeArgs, NEXT_BIN, 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd,
    env: { ...env, NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  child.stdout.pipe(out);
  child.stderr.pipe(out);
  let exited = null;
  child.on('exit', (code, signal) => { exited = signal ?? `exit ${code}`; });

  const stop = async () => {
    if (exited) return;
    try { process.kill(-child.pid, 'SIGTERM'); } catch { return; }
    for (let i = 0; i < 50 && !exited; i++) await sleep(100);
    if (!exited) try { process.kill(-child.pid, 'SIGKILL'); } catch { /* already gone */ }
  };
  // Last resort if the benchmark itself dies: exit handlers may only do synchronous work.
  process.once('exit', () => { if (!exited) try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ } });

  const deadline = Date.now() + START_TIMEOUT_MS;
  for (;;) {
    if (exited) throw new Error(`next start exited (${exited}); see ${log}:\n${readFileSync(log, 'utf8').slice(-2000)}`);
    try {
      if ((await httpGet(`${origin}/`, { timeoutMs: 5000 })).status === 200) break;
    } catch { /* not listening yet */ }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`next start did not answer on ${origin}/ within ${START_TIMEOUT_MS / 1000} s; see ${log}`);
    }
    await sleep(250);
  }
  return { origin, pid: serverPid(child.pid), stop };
}

/**
 * Starts the app's build (.next-bench) with a SIGUSR2 handler (bench/gc-probe.cjs) for
 * heapAfterGc(). Returns { origin, pid, stop, log, probeFile }.
 */
export async function startApp() {
  if (!existsSync(path.join(DIST_DIR, 'BUILD_ID'))) throw new Error(`No build in ${DIST_DIR_NAME}/: run without --no-build first.`);
  const log = path.join(OUT_DIR, 'server.log');
  const probeFile = path.join(OUT_DIR, 'gc-probe.jsonl');
  writeFileSync(probeFile, '');
  const server = await startNext({
    cwd: REPO_ROOT,
    env: { ...appEnv(), BENCH_GC_PROBE_FILE: probeFile },
    log,
    nodeArgs: [...startCommand().nodeArgs, '--expose-gc', '-r', path.join(BENCH_DIR, 'gc-probe.cjs')],
  });
  return { ...server, log, probeFile };
}

/** The next-server process: the spawned node (it retitles itself) or, in case a version forks, its child. */
function serverPid(spawnedPid) {
  const title = (pid) => { try { return readFileSync(`/proc/${pid}/cmdline`, 'utf8'); } catch { return ''; } };
  if (title(spawnedPid).startsWith('next-server')) return spawnedPid;
  for (const name of readdirSync('/proc').filter((n) => /^\d+$/.test(n))) {
    try {
      const ppid = Number(readFileSync(`/proc/${name}/stat`, 'utf8').split(') ')[1].split(' ')[1]);
      if (ppid === spawnedPid && title(name).startsWith('next-server')) return Number(name);
    } catch { /* process ended meanwhile */ }
  }
  return spawnedPid;
}

/** Resident memory of a process in bytes, from /proc/<pid>/status (VmRSS). */
export function rssOf(pid) {
  const m = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) * 1024 : NaN;
}

/**
 * Asks the server (SIGUSR2, see bench/gc-probe.cjs) for a full GC and returns its memory after it:
 * { rss, heapUsed, heapTotal, external } in bytes, or null if it did not answer within 5 s.
 */
export async function heapAfterGc(app) {
  const lines = () => readFileSync(app.probeFile, 'utf8').split('\n').filter(Boolean);
  const before = lines().length;
  process.kill(app.pid, 'SIGUSR2');
  for (let i = 0; i < 50; i++) {
    await sleep(100);
    const now = lines();
    if (now.length > before) return JSON.parse(now[now.length - 1]);
  }
  return null;
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Every file under the build's static/ folder with its URL and size (the server's plain static files). */
export function staticAssets() {
  const root = path.join(DIST_DIR, 'static');
  const found = [];
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else found.push({ url: `/_next/static/${path.relative(root, full).split(path.sep).join('/')}`, file: full, size: statSync(full).size });
    }
  };
  walk(root);
  return found;
}
