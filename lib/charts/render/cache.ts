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

/**
 * Finished drawings, at most `maxBytes` of them, least recently used dropped first. Only a
 * finished drawing is kept: one that failed is drawn again next time. A drawing asked for again
 * while it is under way is not started twice.
 */
export class RenderCache<T extends string | Uint8Array> {
  private readonly finished: LRUCache<string, T>;
  private readonly drawing = new Map<string, Promise<T>>();

  constructor(readonly maxBytes: number) {
    this.finished = new LRUCache<string, T>({ maxSize: maxBytes, sizeCalculation: sizeOf });
  }

  /** The drawing under `key`, drawn by `draw` if it is neither kept nor under way. */
  get(key: string, draw: () => Promise<T>): Promise<T> {
    const hit = this.finished.get(key);
    if (hit !== undefined) return Promise.resolve(hit);
    const pending = this.drawing.get(key);
    if (pending) return pending;
    const drawn = draw().then(
      (value) => {
        this.finished.set(key, value);
        return value;
      },
    ).finally(() => this.drawing.delete(key));
    this.drawing.set(key, drawn);
    return drawn;
  }

  has(key: string): boolean {
    return this.finished.has(key);
  }

  /** Bytes held by finished drawings. */
  get bytes(): number {
    return this.finished.calculatedSize;
  }
}
