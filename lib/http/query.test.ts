import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { list, matching, oneOf, readQuery, single, toSearchParams } from './query';

const FIELDS = {
  codes: list(matching(/^\d{2}-\d{4}$/, 'is not a code.'), 3, 'codes'),
  year: single(matching(/^\d{4}$/, 'is not a year.').transform(Number)),
  dir: single(oneOf(['asc', 'desc'] as const, 'a direction')),
  q: single(z.string(), 10, 'The search'),
};

describe('readQuery', () => {
  it('reads each field through its schema; blank and absent are the same; other parameters are ignored', () => {
    expect(readQuery(FIELDS, { codes: '29-2071, 31-9094', year: '2024', dir: ' desc ', other: 'x' })).toEqual({
      values: { codes: ['29-2071', '31-9094'], year: 2024, dir: 'desc' },
      problems: [],
    });
    expect(readQuery(FIELDS, { year: '  ', dir: '' })).toEqual({ values: {}, problems: [] });
  });

  it('takes the first of a repeated single parameter and names the repeat; joins a repeated list', () => {
    expect(readQuery(FIELDS, { year: ['2020', '2024'], codes: ['29-2071', '31-9094'] })).toEqual({
      values: { year: 2020, codes: ['29-2071', '31-9094'] },
      problems: [{ name: 'year', message: 'Give year once; it was given 2 times.' }],
    });
  });

  it('quotes a refused value, bounded, with the schema message', () => {
    const { values, problems } = readQuery(FIELDS, { dir: 'up', year: '<script>alert(1)</script>' + 'x'.repeat(100), codes: '29-2071,abc' });
    expect(values).toEqual({ codes: ['29-2071'] });
    expect(problems).toEqual([
      { name: 'codes', message: '"abc" is not a code.' },
      { name: 'year', message: '"<script>alert(1)</script>xxxxxxxxxxxxxxx" is not a year.' },
      { name: 'dir', message: '"up" is not a direction (expected asc or desc).' },
    ]);
  });

  it('measures a value whole before cutting it, and counts list items before dropping them', () => {
    expect(readQuery(FIELDS, { q: 'y'.repeat(5000) })).toEqual({ values: { q: 'y'.repeat(10) }, problems: [{ name: 'q', message: 'The search was 5000 characters long; only the first 10 were read.' }] });
    expect(readQuery(FIELDS, { codes: '29-2071,29-2072,29-2073,29-2074,29-2075' }).problems).toEqual([{ name: 'codes', message: 'The link lists 5 codes; only the first 3 were read.' }]);
  });

  it('gives route handlers the shape pages receive', () => {
    expect(toSearchParams(new URLSearchParams('a=1&b=2&a=3'))).toEqual({ a: ['1', '3'], b: '2' });
  });
});
