import { describe, expect, it } from 'vitest';
import { pagerNumbers, pageSlice } from './paging';

describe('the finder pages', () => {
  it('cuts 158 rows into pages of 50: the second page holds rows 51 to 100, the last rows 151 to 158', () => {
    expect(pageSlice(158, 2, 50)).toEqual({ page: 2, pageCount: 4, start: 50, end: 100, notice: null });
    expect(pageSlice(158, 4, 50)).toEqual({ page: 4, pageCount: 4, start: 150, end: 158, notice: null });
    expect(pageSlice(150, 3, 50)).toMatchObject({ pageCount: 3, start: 100, end: 150 });
  });

  it('shows the last page, with a notice, when asked for a page past it', () => {
    expect(pageSlice(158, 9, 50)).toEqual({
      page: 4,
      pageCount: 4,
      start: 150,
      end: 158,
      notice: 'page: there are 4 pages of 158 matching occupations, not 9; page 4 is shown.',
    });
    expect(pageSlice(1, 2, 50).notice).toBe('page: there is 1 page of 1 matching occupation, not 2; page 1 is shown.');
  });

  it('gives a view with no rows one empty page, without a notice for page 1', () => {
    expect(pageSlice(0, 1, 50)).toEqual({ page: 1, pageCount: 1, start: 0, end: 0, notice: null });
  });

  it('links to the first, the last and two either side of the current page, filling a gap of one', () => {
    expect(pagerNumbers(1, 17)).toEqual([1, 2, 3, null, 17]);
    expect(pagerNumbers(6, 17)).toEqual([1, null, 4, 5, 6, 7, 8, null, 17]);
    expect(pagerNumbers(4, 17)).toEqual([1, 2, 3, 4, 5, 6, null, 17]);
    expect(pagerNumbers(17, 17)).toEqual([1, null, 15, 16, 17]);
    expect(pagerNumbers(2, 4)).toEqual([1, 2, 3, 4]);
    expect(pagerNumbers(1, 1)).toEqual([1]);
  });
});
