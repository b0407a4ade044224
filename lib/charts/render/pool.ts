import type { Worker } from 'node:worker_threads';

/**
 * The nice value of a renderer thread (0 is the server's; 19 the lowest priority): when the cores
 * are short, pages, CSVs and cached charts come first, a chart not yet drawn waits.
 */
export const RENDER_THREAD_NICE = 5;

/** Thrown when the queue is full: the caller answers 503 with Retry-After, nothing is drawn. */
export class RendererBusyError extends Error {
  constructor(name: string, readonly retryAfterSeconds: number) {
    super(`The ${name} is busy: too many charts waiting to be drawn. Try again in ${retryAfterSeconds} s.`);
    this.name = 'RendererBusyError';
  }
}

/**
 * The renderer could not draw this chart: it took too long (its thread is then ended and
 * replaced) or its thread died. Nothing is drawn in part; the caller answers 503.
 */
export class RendererFailedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RendererFailedError';
  }
}

export interface RenderPoolOptions {
  /** Says which renderer, in errors and logs ("chart renderer", "PNG renderer"). */
  name: string;
  /** Starts one worker thread. It answers each `{ id, ...task }` with `{ id, result }` or `{ id, error }`. */
  startWorker: () => Worker;
  /** Tasks waiting for a thread, beyond the one each thread is drawing. */
  maxQueued: number;
  /** How long a task may wait in the queue before it is refused as busy. */
  maxWaitMs?: number;
  /** How long one task may take once a thread has it. */
  timeoutMs: number;
  /** Added to the first task's time limit on a new thread, which loads its renderer first. */
  startMs?: number;
  /** Threads to draw with (each draws one task at a time). Default 1. */
  threads?: number;
  /** Ends a thread after this many tasks and starts a fresh one, so what a renderer keeps cannot pile up. */
  tasksPerThread?: number;
  /** Ends a thread idle this long; the next task starts another. */
  idleMs?: number;
  /** Sent as Retry-After with a busy answer. */
  retryAfterSeconds?: number;
}

interface Task {
  message: Record<string, unknown>;
  resolve: (result: unknown) => void;
  reject: (error: Error) => void;
  /** Refuses the task if it is still queued when it fires. */
  waitTimer?: NodeJS.Timeout;
  /** Takes the task out of the queue when its caller goes away (removed once a thread has it). */
  forget?: () => void;
}

/** A caller held until the pool has room (see `room`). */
interface Holding {
  resolve: (room: boolean) => void;
  timer: NodeJS.Timeout;
}

interface Thread {
  worker: Worker;
  task: { id: number; work: Task; timer: NodeJS.Timeout } | null;
  done: number;
  idleTimer: NodeJS.Timeout | null;
}

/**
 * A few worker threads, each drawing one task at a time, with a bounded queue in front and a
 * time limit on every task. A task that times out or whose thread dies is rejected, never left
 * pending; the thread is ended and a new one started for the next task.
 */
export class RenderPool<Result> {
  private readonly threads = new Set<Thread>();
  private readonly queue: Task[] = [];
  private readonly holding: Holding[] = [];
  private nextId = 1;

  constructor(private readonly options: RenderPoolOptions) {}

  /** Tasks waiting plus tasks being drawn. */
  get load(): number {
    return this.queue.length + [...this.threads].filter((t) => t.task).length;
  }

  /** The error a task given now would be refused with, or null when it would be taken. */
  busy(): RendererBusyError | null {
    const room = [...this.threads].some((t) => !t.task) || this.threads.size < (this.options.threads ?? 1) || this.queue.length < this.options.maxQueued;
    return room ? null : new RendererBusyError(this.options.name, this.options.retryAfterSeconds ?? 2);
  }

  /**
   * Resolves true as soon as the pool has room for a task, or false after `maxMs`, or false at once
   * when `maxHolding` callers are held already. Holding costs nothing but a timer; callers are let
   * go one at a time, first come first served, as room appears. A chart an `<img>` asks for is not
   * asked for again when refused, so a short wait gives it a chance to be drawn; and a client that
   * asks again the moment it is refused asks a few times a second instead of hundreds.
   */
  room(maxMs: number, maxHolding: number, signal?: AbortSignal): Promise<boolean> {
    if (!this.busy()) return Promise.resolve(true);
    if (this.holding.length >= maxHolding || signal?.aborted) return Promise.resolve(false);
    return new Promise<boolean>((resolve) => {
      const letGo = (): void => {
        clearTimeout(held.timer);
        signal?.removeEventListener('abort', letGo);
        const i = this.holding.indexOf(held);
        if (i >= 0) this.holding.splice(i, 1);
        resolve(false);
      };
      const held: Holding = {
        resolve: (room) => {
          signal?.removeEventListener('abort', letGo);
          resolve(room);
        },
        timer: setTimeout(letGo, maxMs),
      };
      // A caller that went away (the reader closed the page) stops waiting and takes no turn.
      signal?.addEventListener('abort', letGo, { once: true });
      this.holding.push(held);
    });
  }

  /** Callers held now (for tests and logs). */
  get held(): number {
    return this.holding.length;
  }

  /** Lets the first held caller go when there is room (called whenever room may have appeared). */
  private letOneGo(): void {
    if (!this.holding.length || this.busy()) return;
    const held = this.holding.shift()!;
    clearTimeout(held.timer);
    held.resolve(true);
  }

  /**
   * Draws one task, or rejects: RendererBusyError at once when the queue is full, RendererFailedError
   * on a timeout or a dead thread, and the signal's reason when `signal` aborts while the task is
   * still queued (a task a thread has begun is finished: it is cached for the next reader).
   */
  run(message: Record<string, unknown>, signal?: AbortSignal): Promise<Result> {
    return new Promise<Result>((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const refused = this.busy();
      if (refused) return reject(refused);
      const work: Task = { message, resolve: resolve as (r: unknown) => void, reject };
      const idle = [...this.threads].find((t) => !t.task);
      if (idle) return this.dispatch(idle, work);
      if (this.threads.size < (this.options.threads ?? 1)) return this.dispatchNew(work);
      const maxWaitMs = this.options.maxWaitMs;
      if (maxWaitMs !== undefined) {
        const expire = (): void => {
          // A thread still starting (on its first task) does not count: a page's charts asked for
          // after the threads ended when idle must not all be refused while one loads recharts.
          if ([...this.threads].some((t) => t.task && t.done === 0)) {
            work.waitTimer = setTimeout(expire, maxWaitMs);
            return;
          }
          this.unqueue(work, new RendererBusyError(this.options.name, this.options.retryAfterSeconds ?? 2));
        };
        work.waitTimer = setTimeout(expire, maxWaitMs);
      }
      if (signal) {
        const abandon = (): void => this.unqueue(work, signal.reason);
        signal.addEventListener('abort', abandon, { once: true });
        work.forget = () => signal.removeEventListener('abort', abandon);
      }
      this.queue.push(work);
    });
  }

  /** Takes a task still waiting out of the queue and rejects it with `error`; its place goes to a held caller. */
  private unqueue(work: Task, error: Error): void {
    const i = this.queue.indexOf(work);
    if (i < 0) return;
    this.queue.splice(i, 1);
    clearTimeout(work.waitTimer);
    work.forget?.();
    work.reject(error);
    this.letOneGo();
  }

  /** Ends every thread; their tasks and the queued ones are rejected. */
  async close(): Promise<void> {
    for (const held of this.holding.splice(0)) {
      clearTimeout(held.timer);
      held.resolve(false);
    }
    for (const work of this.queue.splice(0)) {
      clearTimeout(work.waitTimer);
      work.forget?.();
      work.reject(new RendererFailedError(`The ${this.options.name} was closed.`));
    }
    await Promise.all([...this.threads].map((t) => this.end(t, new RendererFailedError(`The ${this.options.name} was closed.`))));
  }

  private dispatchNew(work: Task): void {
    let worker: Worker;
    try {
      worker = this.options.startWorker();
    } catch (error) {
      work.reject(error instanceof Error ? error : new Error(String(error)));
      return;
    }
    worker.unref();
    const thread: Thread = { worker, task: null, done: 0, idleTimer: null };
    this.threads.add(thread);
    worker.on('message', (msg: { id: number; result?: unknown; error?: string }) => {
      if (thread.task?.id !== msg.id) return;
      const { work: finished, timer } = thread.task;
      clearTimeout(timer);
      thread.task = null;
      thread.done++;
      if (msg.error === undefined) finished.resolve(msg.result);
      else finished.reject(new Error(`${this.options.name}: ${msg.error}`));
      this.next(thread);
    });
    const died = (why: string): void => {
      if (!this.threads.has(thread)) return;
      console.error(`${this.options.name}: thread ${why}; starting another for the next chart.`);
      void this.end(thread, new RendererFailedError(`The ${this.options.name}'s thread ${why} while drawing this chart.`));
      this.pump();
    };
    worker.on('error', (error) => died(`failed (${error.message})`));
    worker.on('exit', (code) => died(`exited with code ${code}`));
    this.dispatch(thread, work);
  }

  private dispatch(thread: Thread, work: Task): void {
    clearTimeout(work.waitTimer);
    work.forget?.();
    if (thread.idleTimer) clearTimeout(thread.idleTimer);
    thread.idleTimer = null;
    const id = this.nextId++;
    const limitMs = this.options.timeoutMs + (thread.done === 0 ? this.options.startMs ?? 0 : 0);
    const timer = setTimeout(() => {
      const message = `The ${this.options.name} took longer than ${limitMs} ms on one chart; its thread is replaced.`;
      console.error(message);
      void this.end(thread, new RendererFailedError(message));
      this.pump();
    }, limitMs);
    thread.task = { id, work, timer };
    thread.worker.postMessage({ ...work.message, id });
  }

  /** After a task: the thread takes the next one, or is recycled, or waits (and ends when idle long enough). */
  private next(thread: Thread): void {
    if (thread.done >= (this.options.tasksPerThread ?? Infinity)) {
      void this.end(thread, null);
      this.pump();
      return;
    }
    const work = this.queue.shift();
    if (work) {
      this.dispatch(thread, work);
      return this.letOneGo();
    }
    this.letOneGo();
    if (this.options.idleMs !== undefined) {
      thread.idleTimer = setTimeout(() => void this.end(thread, null), this.options.idleMs);
      thread.idleTimer.unref();
    }
  }

  /** Starts threads for queued tasks while there is room. */
  private pump(): void {
    while (this.queue.length && this.threads.size < (this.options.threads ?? 1)) this.dispatchNew(this.queue.shift()!);
  }

  private async end(thread: Thread, error: Error | null): Promise<void> {
    if (!this.threads.delete(thread)) return;
    if (thread.idleTimer) clearTimeout(thread.idleTimer);
    if (thread.task) {
      clearTimeout(thread.task.timer);
      thread.task.work.reject(error ?? new RendererFailedError(`The ${this.options.name}'s thread ended.`));
      thread.task = null;
    }
    this.letOneGo();
    await thread.worker.terminate();
  }
}
