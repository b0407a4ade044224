import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import type { ChartSpec, ChartWidth } from '../spec';

/**
 * The cache key of a chart at one width: sha256 of its spec. A spec holds every point it draws
 * (some 800 for a scatter of all occupations), too much to keep as a key.
 */
export function chartKey(spec: ChartSpec, width: ChartWidth): string {
  return createHash('sha256').update(`${width}\n`).update(JSON.stringify(spec)).digest('hex');
}

/** Bytes a drawing holds: a string's UTF-16 code units take two at most. */
function sizeOf(value: string | Uint8Array): number {
  return Math.max(1, typeof value === 'string' ? 2 * value.length : value.byteLength);
}

/** A drawing under way: its promise, and who still waits for it. */
interface Drawing<T> {
  drawn: Promise<T>;
  /** Aborts the drawing once every caller waiting for it has gone away. */
  controller: AbortController;
  /** Callers still waiting; a caller without a signal never goes away. */
  waiting: number;
}

/**
 * Finished drawings, at most `maxBytes` of them, least recently used dropped first. Only a
 * finished drawing is kept: one that failed is drawn again next time. A drawing asked for again
 * while it is under way is not started twice, and it is abandoned (its `draw` sees the signal
 * abort) only when every caller that asked for it has gone away.
 */
export class RenderCache<T extends string | Uint8Array> {
  private readonly finished: LRUCache<string, T>;
  private readonly drawing = new Map<string, Drawing<T>>();

  constructor(readonly maxBytes: number) {
    this.finished = new LRUCache<string, T>({ maxSize: maxBytes, sizeCalculation: sizeOf });
  }

  /**
   * The drawing under `key`, drawn by `draw` if it is neither kept nor under way. When `signal`
   * aborts, this caller stops waiting (rejected with the signal's reason).
   */
  get(key: string, draw: (signal: AbortSignal) => Promise<T>, signal?: AbortSignal): Promise<T> {
    const hit = this.finished.get(key);
    if (hit !== undefined) return Promise.resolve(hit);
    if (signal?.aborted) return Promise.reject(signal.reason);
    const drawing = this.drawing.get(key) ?? this.start(key, draw);
    drawing.waiting++;
    if (!signal) return drawing.drawn;
    return new Promise<T>((resolve, reject) => {
      const leave = (): void => {
        reject(signal.reason);
        if (--drawing.waiting > 0) return;
        // No one waits any more: a later caller starts afresh rather than joining an abandoned drawing.
        if (this.drawing.get(key) === drawing) this.drawing.delete(key);
        drawing.controller.abort(signal.reason);
      };
      signal.addEventListener('abort', leave, { once: true });
      drawing.drawn.then(resolve, reject).finally(() => signal.removeEventListener('abort', leave));
    });
  }

  /** Starts drawing `key`: kept once finished, forgotten once settled or abandoned. */
  private start(key: string, draw: (signal: AbortSignal) => Promise<T>): Drawing<T> {
    const controller = new AbortController();
    const drawn = draw(controller.signal).then((value) => {
      this.finished.set(key, value);
      return value;
    }).finally(() => {
      if (this.drawing.get(key) === started) this.drawing.delete(key);
    });
    const started: Drawing<T> = { drawn, controller, waiting: 0 };
    this.drawing.set(key, started);
    return started;
  }

  has(key: string): boolean {
    return this.finished.has(key);
  }

  /** Bytes held by finished drawings. */
  get bytes(): number {
    return this.finished.calculatedSize;
  }
}
