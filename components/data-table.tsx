import type { DataTable } from '@/lib/tables';

/** A table of figures; numbers right-aligned, missing values with their reason. */
export function DataTableView({ table }: { table: DataTable }) {
  return (
    // Wide tables scroll sideways on phones: the region takes focus so the keyboard can scroll it.
    <div className="table-wrap" tabIndex={0} role="region" aria-label={table.caption}>
      <table id={table.id}>
        <caption>{table.caption}</caption>
        <thead>
          <tr>
            {table.columns.map((c) => (
              <th key={c.key} scope="col" className={c.numeric ? 'num' : undefined}>{c.label}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, i) => (
            <tr key={i}>
              {row.map((cell, j) => {
                const column = table.columns[j];
                return column?.rowHeader ? (
                  <th key={j} scope="row">{cell.display}</th>
                ) : (
                  <td key={j} className={column?.numeric ? 'num' : undefined}>{cell.display}</td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
