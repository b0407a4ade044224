import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { RenderPool, RendererBusyError, RendererFailedError, type RenderPoolOptions } from './pool';

/**
 * A stand-in renderer thread: `{ text }` is answered with the text upper-cased, `{ hang: true }`
 * never, `{ crash: true }` by ending the thread, `{ fail: true }` with an error message.
 */
const FAKE_RENDERER = `
const { parentPort } = require('node:worker_threads');
parentPort.on('message', ({ id, text, hang, crash, fail }) => {
  if (hang) return;
  if (crash) process.exit(3);
  if (fail) return parentPort.postMessage({ id, error: 'no such chart' });
  parentPort.postMessage({ id, result: text.toUpperCase() });
});
`;

const pools: RenderPool<string>[] = [];
let started = 0;

function fakePool(options: Partial<RenderPoolOptions> = {}): RenderPool<string> {
  const pool = new RenderPool<string>({
    name: 'test renderer',
    startWorker: () => {
      started++;
      return new Worker(FAKE_RENDERER, { eval: true });
    },
    maxQueued: 2,
    timeoutMs: 30_000,
    ...options,
  });
  pools.push(pool);
  return pool;
}

afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.close()));
  started = 0;
});

describe('RenderPool', () => {
  it('answers each task from its thread', async () => {
    const pool = fakePool();
    expect(await Promise.all([pool.run({ text: 'growth' }), pool.run({ text: 'wages' })])).toEqual(['GROWTH', 'WAGES']);
    expect(started, 'one thread drew both').toBe(1);
  });

  it('rejects a task that does not finish in time, and draws the next one on a new thread', async () => {
    // Generous limits: the task that must pass may wait for its thread to start on a busy machine.
    const pool = fakePool({ timeoutMs: 1000, startMs: 1000 });
    await expect(pool.run({ hang: true })).rejects.toThrow(RendererFailedError);
    await expect(pool.run({ hang: true })).rejects.toThrow(/took longer than 2000 ms/);
    expect(await pool.run({ text: 'after' })).toBe('AFTER');
    expect(started, 'each stuck thread was replaced').toBe(3);
  });

  it('rejects the task of a thread that died, and starts another for the next task', async () => {
    const pool = fakePool();
    const crashed = pool.run({ crash: true });
    const waiting = pool.run({ text: 'queued behind the crash' });
    await expect(crashed).rejects.toThrow(/exited with code 3/);
    expect(await waiting, 'a queued task is drawn by the new thread').toBe('QUEUED BEHIND THE CRASH');
    expect(await pool.run({ text: 'later' })).toBe('LATER');
    expect(started).toBe(2);
  });

  it('passes on a drawing error without ending the thread', async () => {
    const pool = fakePool();
    await expect(pool.run({ fail: true })).rejects.toThrow('test renderer: no such chart');
    expect(await pool.run({ text: 'next' })).toBe('NEXT');
    expect(started).toBe(1);
  });

  it('refuses a task when the queue is full, with the seconds to wait, and takes tasks again once it drains', async () => {
    const pool = fakePool({ maxQueued: 2, retryAfterSeconds: 3 });
    const accepted = [pool.run({ text: 'a' }), pool.run({ text: 'b' }), pool.run({ text: 'c' })];
    expect(pool.load).toBe(3);
    const refused = pool.run({ text: 'd' });
    await expect(refused).rejects.toThrow(RendererBusyError);
    await expect(refused).rejects.toMatchObject({ retryAfterSeconds: 3 });
    expect(await Promise.all(accepted)).toEqual(['A', 'B', 'C']);
    expect(await pool.run({ text: 'e' })).toBe('E');
  });

  it('refuses as busy a task that waited in the queue too long, and draws the one drawing', async () => {
    const pool = fakePool({ maxQueued: 2, maxWaitMs: 200, timeoutMs: 60_000 });
    expect(await pool.run({ text: 'started' })).toBe('STARTED');
    const drawing = pool.run({ hang: true });
    await expect(pool.run({ text: 'waits' })).rejects.toThrow(RendererBusyError);
    expect(pool.load, 'only the hanging task is left').toBe(1);
    const ended = expect(drawing).rejects.toThrow(RendererFailedError);
    await pool.close();
    await ended;
  });

  it('does not count a starting thread against the wait: tasks queued behind its first task are drawn', async () => {
    // 1 ms: far less than a thread takes to start, so without the rule the second task is refused.
    const pool = fakePool({ maxQueued: 1, maxWaitMs: 1, timeoutMs: 60_000 });
    expect(await Promise.all([pool.run({ text: 'first' }), pool.run({ text: 'second' })])).toEqual(['FIRST', 'SECOND']);
  });

  it('replaces a thread after its quota of tasks', async () => {
    const pool = fakePool({ tasksPerThread: 2 });
    for (const text of ['a', 'b', 'c', 'd', 'e']) expect(await pool.run({ text })).toBe(text.toUpperCase());
    expect(started).toBe(3);
  });

  it('holds a caller until there is room, one at a time, and lets the rest go unanswered after the wait', async () => {
    const pool = fakePool({ maxQueued: 0, timeoutMs: 1000, startMs: 0 });
    expect(await pool.room(10, 5), 'room at once when idle').toBe(true);
    const drawing = pool.run({ hang: true });
    drawing.catch(() => undefined);
    expect(pool.busy()).toBeInstanceOf(RendererBusyError);
    const first = pool.room(10_000, 2);
    const second = pool.room(50, 2);
    expect(await pool.room(10_000, 2), 'refused at once: two held already').toBe(false);
    expect(pool.held).toBe(2);
    expect(await second, 'no room within 50 ms').toBe(false);
    expect(pool.held).toBe(1);
    await expect(drawing).rejects.toThrow(RendererFailedError);
    expect(await first, 'let go when the stuck thread ended').toBe(true);
    expect(pool.held).toBe(0);
    expect(await pool.run({ text: 'drawn' })).toBe('DRAWN');
  });

  it('lets held callers go as tasks finish, first come first served', async () => {
    const pool = fakePool({ maxQueued: 1 });
    const tasks = [pool.run({ text: 'a' }), pool.run({ text: 'b' })];
    const order: string[] = [];
    const held = ['x', 'y'].map((name) => pool.room(10_000, 5).then((room) => { order.push(name); return room; }));
    expect(await Promise.all(tasks)).toEqual(['A', 'B']);
    expect(await Promise.all(held)).toEqual([true, true]);
    expect(order).toEqual(['x', 'y']);
  });

  it('lets held callers go, without room, when closed', async () => {
    const pool = fakePool({ maxQueued: 0, timeoutMs: 5000 });
    pool.run({ hang: true }).catch(() => undefined);
    const held = pool.room(10_000, 5);
    await pool.close();
    expect(await held).toBe(false);
  });

  it('takes a queued task out when its caller goes away, and gives its place to the next', async () => {
    const pool = fakePool({ maxQueued: 1, timeoutMs: 5000 });
    const drawing = pool.run({ hang: true });
    drawing.catch(() => undefined);
    const gone = new AbortController();
    const queued = pool.run({ text: 'never drawn' }, gone.signal);
    expect(pool.busy(), 'the queue is full').toBeInstanceOf(RendererBusyError);
    gone.abort(new DOMException('The reader left', 'AbortError'));
    await expect(queued).rejects.toThrow('The reader left');
    expect(pool.load, 'only the task being drawn is left').toBe(1);
    expect(pool.busy(), 'the place is free again').toBeNull();
    await expect(pool.run({ text: 'x' }, AbortSignal.abort(new DOMException('gone before', 'AbortError')))).rejects.toThrow('gone before');
  });

  it('finishes a task a thread has begun, even if its caller goes away', async () => {
    const pool = fakePool();
    const gone = new AbortController();
    const task = pool.run({ text: 'begun' }, gone.signal);
    gone.abort();
    expect(await task).toBe('BEGUN');
  });

  it('lets a held caller go, without room, when it goes away', async () => {
    const pool = fakePool({ maxQueued: 0, timeoutMs: 5000 });
    pool.run({ hang: true }).catch(() => undefined);
    const gone = new AbortController();
    const held = pool.room(10_000, 5, gone.signal);
    expect(pool.held).toBe(1);
    gone.abort();
    expect(await held).toBe(false);
    expect(pool.held).toBe(0);
  });
});
