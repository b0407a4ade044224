import { describe, expect, it } from 'vitest';
import { chartKey, RenderCache } from './cache';
import type { ChartSpec } from '../spec';

const spec = (id: string) => ({ id, kind: 'bar', title: id }) as unknown as ChartSpec;

describe('chartKey', () => {
  it('is the sha256 of the width and the spec, so equal specs share it and a width or a value apart does not', () => {
    expect(chartKey(spec('growth'), 'wide')).toMatch(/^[0-9a-f]{64}$/);
    expect(chartKey(spec('growth'), 'wide')).toBe(chartKey(spec('growth'), 'wide'));
    expect(chartKey(spec('growth'), 'wide')).not.toBe(chartKey(spec('growth'), 'narrow'));
    expect(chartKey(spec('growth'), 'wide')).not.toBe(chartKey(spec('wages'), 'wide'));
  });
});

describe('RenderCache', () => {
  it('keeps no more bytes than its limit, dropping the least recently used first', async () => {
    const cache = new RenderCache<Uint8Array>(1000);
    const draws: string[] = [];
    const draw = (key: string, bytes: number) => cache.get(key, async () => {
      draws.push(key);
      return new Uint8Array(bytes);
    });
    await draw('a', 400);
    await draw('b', 400);
    await draw('a', 400); // a is now the most recently used
    await draw('c', 400); // 1,200 bytes: b goes
    expect(cache.bytes).toBe(800);
    expect([cache.has('a'), cache.has('b'), cache.has('c')]).toEqual([true, false, true]);
    await draw('b', 400);
    expect(draws, 'only b was drawn again').toEqual(['a', 'b', 'c', 'b']);
    expect(cache.bytes).toBeLessThanOrEqual(1000);
  });

  it('counts a string at two bytes a character, and keeps nothing larger than the whole cache', async () => {
    const cache = new RenderCache<string>(100);
    await cache.get('svg', async () => 'x'.repeat(40));
    expect(cache.bytes).toBe(80);
    await cache.get('huge', async () => 'x'.repeat(60));
    expect(cache.has('huge')).toBe(false);
  });

  it('keeps nothing of a drawing that failed: the next request draws it again', async () => {
    const cache = new RenderCache<string>(1000);
    await expect(cache.get('k', async () => { throw new Error('timed out'); })).rejects.toThrow('timed out');
    expect(cache.has('k')).toBe(false);
    expect(cache.bytes).toBe(0);
    expect(await cache.get('k', async () => '<svg/>')).toBe('<svg/>');
  });

  it('draws once when the same chart is asked for again while it is being drawn', async () => {
    const cache = new RenderCache<string>(1000);
    let draws = 0;
    let finish!: (svg: string) => void;
    const draw = () => {
      draws++;
      return new Promise<string>((resolve) => { finish = resolve; });
    };
    const first = cache.get('k', draw);
    const second = cache.get('k', draw);
    finish('<svg/>');
    expect(await Promise.all([first, second])).toEqual(['<svg/>', '<svg/>']);
    expect(draws).toBe(1);
  });

  it('stops the drawing only when every caller waiting for it has gone away', async () => {
    const cache = new RenderCache<string>(1000);
    let drawSignal!: AbortSignal;
    const draw = (signal: AbortSignal) => {
      drawSignal = signal;
      return new Promise<string>((_, reject) => signal.addEventListener('abort', () => reject(signal.reason)));
    };
    const a = new AbortController();
    const b = new AbortController();
    const first = cache.get('k', draw, a.signal);
    const second = cache.get('k', draw, b.signal);
    a.abort(new DOMException('a left', 'AbortError'));
    await expect(first).rejects.toThrow('a left');
    expect(drawSignal.aborted, 'b still waits').toBe(false);
    b.abort(new DOMException('b left', 'AbortError'));
    await expect(second).rejects.toThrow('b left');
    expect(drawSignal.aborted, 'no one waits').toBe(true);
    expect(await cache.get('k', async () => '<svg/>'), 'the next caller draws afresh').toBe('<svg/>');
  });

  it('keeps a drawing that finishes after its callers went away', async () => {
    const cache = new RenderCache<string>(1000);
    let finish!: (svg: string) => void;
    const gone = new AbortController();
    const asked = cache.get('k', () => new Promise<string>((resolve) => { finish = resolve; }), gone.signal);
    gone.abort();
    await expect(asked).rejects.toBeDefined();
    finish('<svg/>');
    await new Promise((r) => setTimeout(r, 0));
    expect(cache.has('k')).toBe(true);
  });
});
