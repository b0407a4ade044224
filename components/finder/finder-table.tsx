import Link from 'next/link';
import type { FinderView } from '@/lib/finder/view';
import styles from './finder.module.css';

/** Column keys the page shows (the code and group code are in the CSV, and beside the title here). */
const HIDDEN = new Set(['soc_code', 'major_group_code']);

/**
 * The filtered occupations in a table whose rows become cards on a phone; each row links to
 * its profile and has a checkbox of the surrounding GET form to /compare.
 */
export function FinderTable({ view }: { view: FinderView }) {
  const { table, sortLinks } = view;
  const shown = table.columns.map((c, i) => ({ c, i })).filter(({ c }) => !HIDDEN.has(c.key));
  const codeAt = table.columns.findIndex((c) => c.key === 'soc_code');
  return (
    <table id={table.id} className={styles.table}>
      <caption className="visually-hidden">{table.caption}</caption>
      <thead>
        <tr>
          <th scope="col" className={styles.pick}><span className="visually-hidden">Compare</span></th>
          {shown.map(({ c }) => {
            const sort = sortLinks[c.key];
            return (
              <th key={c.key} scope="col" className={c.numeric ? 'num' : undefined} aria-sort={sort && sort.state !== 'none' ? sort.state : undefined}>
                {sort ? (
                  <Link prefetch={false} href={sort.href} className="sort-link">
                    {c.label}
                    <span aria-hidden="true" className="sort-mark">{sort.state === 'ascending' ? ' ▲' : sort.state === 'descending' ? ' ▼' : ' ↕'}</span>
                  </Link>
                ) : c.label}
              </th>
            );
          })}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row) => {
          const code = String(row[codeAt]?.value ?? '');
          return (
            <tr key={code}>
              <td className={styles.pick}>
                <input type="checkbox" name="occupations" value={code} id={`pick-${code}`} aria-label={`Compare ${row[1]?.display ?? code}`} />
              </td>
              {shown.map(({ c, i }) => {
                const cell = row[i];
                return c.rowHeader ? (
                  <th key={c.key} scope="row" className={styles.title}>
                    <Link prefetch={false} href={`/occupations/${code}`}>{cell?.display}</Link> <span className={styles.code}>{code}</span>
                  </th>
                ) : (
                  <td key={c.key} className={c.numeric ? 'num' : undefined} data-label={c.label}>{cell?.display}</td>
                );
              })}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
