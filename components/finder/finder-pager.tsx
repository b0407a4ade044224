import Link from 'next/link';
import type { FinderPaging } from '@/lib/finder/view';
import styles from './finder.module.css';

/** Previous, the page numbers and Next, as plain links that keep the view's parameters. Nothing when there is one page. */
export function FinderPager({ paging, label }: { paging: FinderPaging; label: string }) {
  if (paging.pageCount <= 1) return null;
  return (
    <nav aria-label={label} className={styles.pager}>
      <ul>
        <li>{paging.previous ? <Link prefetch={false} href={paging.previous} rel="prev">‹ Previous<span className="visually-hidden"> page</span></Link> : <span className={styles.off} aria-hidden="true">‹ Previous</span>}</li>
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
        <li>{paging.next ? <Link prefetch={false} href={paging.next} rel="next">Next<span className="visually-hidden"> page</span> ›</Link> : <span className={styles.off} aria-hidden="true">Next ›</span>}</li>
      </ul>
    </nav>
  );
}
