import { formatCount } from '../tables/format';

/**
 * The finder shows its filtered, sorted rows a page at a time. 50 rows: the unfiltered view was
 * 832 rows in one 723 KB page (Lighthouse mobile TBT 156 ms, LCP 2.1 s, score 0.72; timeouts
 * under 50 connections); at 50 a page is about 56 KB (score 1.00, TBT 81 ms). The README's "The
 * occupation finder" has the figures. The CSV always holds every matching row.
 */
export const PAGE_SIZE = 50;

export interface PageSlice {
  /** The page shown, 1-based (the one asked for, or the last when it asked past the end). */
  page: number;
  /** At least 1: a view with no rows has one empty page. */
  pageCount: number;
  /** 0-based index of the first row shown, and one past the last (for `rows.slice`). */
  start: number;
  end: number;
  /** Set when the page asked for does not exist. */
  notice: string | null;
}

/** Which rows of `count` page `requested` holds; a page past the last is the last, with a notice. */
export function pageSlice(count: number, requested: number, size = PAGE_SIZE): PageSlice {
  const pageCount = Math.max(1, Math.ceil(count / size));
  const page = Math.min(Math.max(1, Math.floor(requested)), pageCount);
  const notice =
    requested > pageCount
      ? `page: there ${pageCount === 1 ? 'is 1 page' : `are ${pageCount} pages`} of ${count === 1 ? '1 matching occupation' : `${formatCount(count)} matching occupations`}, not ${formatCount(requested)}; page ${pageCount} is shown.`
      : null;
  const start = (page - 1) * size;
  return { page, pageCount, start, end: Math.min(count, start + size), notice };
}

/**
 * The page numbers a pager links to: the first, the last, and two either side of the current
 * one; `null` where numbers are left out ("1 … 4 5 6 7 8 … 17"). A gap of one number is filled
 * in rather than shown as "…".
 */
export function pagerNumbers(page: number, pageCount: number, around = 2): (number | null)[] {
  const wanted = new Set([1, pageCount]);
  for (let p = page - around; p <= page + around; p++) if (p >= 1 && p <= pageCount) wanted.add(p);
  const sorted = [...wanted].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  for (const [i, p] of sorted.entries()) {
    const previous = sorted[i - 1];
    if (previous !== undefined && p - previous === 2) out.push(p - 1);
    else if (previous !== undefined && p - previous > 2) out.push(null);
    out.push(p);
  }
  return out;
}
