import { describe, expect, it } from 'vitest';
import { compareHref, MAX_FIND_LENGTH, parseCompareParams, readFindParam } from './params';

describe('parseCompareParams', () => {
  it('reads codes, vintage and release', () => {
    expect(parseCompareParams({ occupations: '29-2071, 31-9094', vintage: '2008-18', release: '2008' })).toEqual({
      codes: ['29-2071', '31-9094'], vintage: '2008-18', wageYear: 2008, dollars: null, extraNotices: [],
    });
  });

  it('joins repeated occupation parameters; of others it takes the first and says so', () => {
    const p = parseCompareParams({ occupations: ['29-2071', '11-9111'], vintage: ['2010-20', '2008-18'] });
    expect(p.codes).toEqual(['29-2071', '11-9111']);
    expect(p.vintage).toBe('2010-20');
    expect(p.extraNotices).toEqual(['Give vintage once; it was given 2 times. The latest projections are shown.']);
  });

  it('bounds hostile input and says so', () => {
    const many = Array.from({ length: 5000 }, () => '29-2071').join(',');
    const p = parseCompareParams({ occupations: many, release: '<script>' });
    expect(p.codes).toEqual(Array.from({ length: 60 }, () => '29-2071'));
    expect(p.extraNotices).toContain('The link lists 5000 occupations; only the first 60 were read.');
    expect(p.wageYear).toBeNull();
    expect(p.extraNotices).toEqual([
      'The link lists 5000 occupations; only the first 60 were read.',
      '"<script>" is not an OEWS release year (expected e.g. 2024). The latest wages are shown.',
    ]);
  });

  it('builds the canonical link', () => {
    expect(compareHref(['29-2071', '31-9094'], '2008-18', 2008)).toBe('/compare?occupations=29-2071,31-9094&vintage=2008-18&release=2008');
  });
});

describe('readFindParam', () => {
  it('reads the search, trimmed; the first of repeated ones, with a notice', () => {
    expect(readFindParam({ find: '  nurse ' })).toEqual({ text: 'nurse', notices: [] });
    expect(readFindParam({ find: ['medical', 'nurse'] })).toEqual({ text: 'medical', notices: ['Give find once; it was given 2 times.'] });
    expect(readFindParam({})).toEqual({ text: '', notices: [] });
  });

  it('bounds a long search and says so', () => {
    const read = readFindParam({ find: 'x'.repeat(5000) });
    expect(read.text).toHaveLength(MAX_FIND_LENGTH);
    expect(read.notices).toEqual([`The search was 5000 characters long; only the first ${MAX_FIND_LENGTH} were read.`]);
  });
});
