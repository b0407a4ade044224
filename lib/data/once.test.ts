import { describe, expect, it } from 'vitest';
import { oncePer } from './once';

describe('oncePer', () => {
  it('computes once per key', () => {
    let calls = 0;
    const double = oncePer('test/double', (key: { n: number }) => (calls++, key.n * 2));
    const key = { n: 21 };
    expect([double(key), double(key), double({ n: 1 })]).toEqual([42, 42, 2]);
    expect(calls).toBe(2);
  });

  it('shares one cache between copies of a module (two route bundles) under the same name', () => {
    let calls = 0;
    const compute = (key: { n: number }) => (calls++, { n: key.n });
    const inPagesBundle = oncePer('test/shared', compute);
    const inAppBundle = oncePer('test/shared', compute);
    const key = { n: 7 };
    const first = inPagesBundle(key);
    expect(inAppBundle(key)).toBe(first);
    expect(calls).toBe(1);
  });

  it('keeps caches of different names apart', () => {
    const a = oncePer('test/a', () => 'a');
    const b = oncePer('test/b', () => 'b');
    const key = {};
    expect([a(key), b(key)]).toEqual(['a', 'b']);
  });
});
