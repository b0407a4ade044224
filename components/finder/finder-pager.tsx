import Link from 'next/link';
import type { FinderPaging } from '@/lib/finder/view';
import styles from './finder.module.css';

/**
 * Previous, the page numbers and Next, as plain links that keep the view's parameters; no
 * Previous on the first page nor Next on the last (as GOV.UK's pagination), so a phone's row
 * holds "1 2 3 … 17 Next". Nothing when there is one page.
 */
export function FinderPager({ paging, label }: { paging: FinderPaging; label: string }) {
  if (paging.pageCount <= 1) return null;
  return (
    <nav aria-label={label} className={styles.pager}>
      <ul>
        {paging.previous ? (
          <li>
            <Link prefetch={false} href={paging.previous} rel="prev">
              ‹ Previous<span className="visually-hidden"> page</span>
            </Link>
          </li>
        ) : null}
        {paging.numbers.map((n, i) =>
          n === null ? (
            <li key={`gap-${i}`} className={styles.gap} aria-hidden="true">…</li>
          ) : (
            <li key={n.page}>
              <Link prefetch={false} href={n.href} aria-current={n.page === paging.page ? 'page' : undefined} aria-label={`Page ${n.page}`}>
                {n.page}
              </Link>
            </li>
          ),
        )}
        {paging.next ? (
          <li>
            <Link prefetch={false} href={paging.next} rel="next">
              Next<span className="visually-hidden"> page</span> ›
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
