import { describe, expect, it } from 'vitest';
import { pageProps } from './page-props';

describe('pageProps', () => {
  it('copies plain data and leaves out undefined keys', () => {
    const input = { a: 1, b: undefined, c: [{ d: 'x', e: undefined, f: null }], g: true };
    const out = pageProps(input);
    expect(out).toEqual({ a: 1, c: [{ d: 'x', f: null }], g: true });
    expect(Object.keys(out)).toEqual(['a', 'c', 'g']);
    expect(out.c).not.toBe(input.c);
  });

  it('refuses what would change on the way, naming where it is', () => {
    expect(() => pageProps({ a: [1, Number.NaN] })).toThrow('props.a[1] is NaN');
    expect(() => pageProps({ s: new Set(['x']) })).toThrow('props.s is a Set');
    expect(() => pageProps({ d: new Date(0) })).toThrow('props.d is a Date');
    expect(() => pageProps({ f: () => 1 })).toThrow('props.f is a function');
    expect(() => pageProps({ list: [undefined] })).toThrow('props.list[0] is undefined');
  });
});
