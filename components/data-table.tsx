import Link from 'next/link';
import type { DataTable } from '@/lib/tables/table';

/** Header links that sort a table by a column, through the page's URL (no script needed). */
export interface TableSort {
  /** Column key -> the URL that sorts by that column. */
  hrefs: Record<string, string>;
  /** The column the rows are sorted by, if it is one of the table's. */
  active: { key: string; dir: 'asc' | 'desc' } | null;
}

export interface DataTableViewProps {
  table: DataTable;
  sort?: TableSort;
  /** A link for each row's header cell (the occupation), or null for none. */
  rowHrefs?: (string | null)[];
}

/** A table of figures; numbers right-aligned, missing values with their reason. */
export function DataTableView({ table, sort, rowHrefs }: DataTableViewProps) {
  return (
    // Wide tables scroll sideways on phones: the region takes focus so the keyboard can scroll it.
    <div className="table-wrap" tabIndex={0} role="region" aria-label={table.caption}>
      <table id={table.id}>
        <caption>{table.caption}</caption>
        <thead>
          <tr>
            {table.columns.map((c) => {
              const href = sort?.hrefs[c.key];
              const active = sort?.active?.key === c.key ? sort.active.dir : null;
              return (
                <th key={c.key} scope="col" className={c.numeric ? 'num' : undefined} aria-sort={active ? (active === 'asc' ? 'ascending' : 'descending') : undefined}>
                  {href ? (
                    <Link prefetch={false} href={href} className="sort-link">
                      {c.label}
                      <span aria-hidden="true" className="sort-mark">{active === 'asc' ? ' ▲' : active === 'desc' ? ' ▼' : ' ↕'}</span>
                    </Link>
                  ) : (
                    c.label
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, i) => {
            const href = rowHrefs?.[i];
            return (
              <tr key={i}>
                {row.map((cell, j) => {
                  const column = table.columns[j];
                  return column?.rowHeader ? (
                    <th key={j} scope="row">{href ? <Link prefetch={false} href={href}>{cell.display}</Link> : cell.display}</th>
                  ) : (
                    <td key={j} className={column?.numeric ? 'num' : undefined}>{cell.display}</td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
