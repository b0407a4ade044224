import { writeCsv, type CsvValue } from './csv';
import type { DataTable } from './table';

/**
 * A numeric column is followed by `<key>_flag`, which says why a value cell is empty
 * ("top-coded >= 239200", "not available (*)", "not in this release"). Every numeric column
 * has one, flagged or not, so a script sees the same columns whatever it asks for.
 */
export const FLAG_SUFFIX = '_flag';

export function tableCsvHeader(table: DataTable): string[] {
  return table.columns.flatMap((c) => (c.numeric ? [c.key, `${c.key}${FLAG_SUFFIX}`] : [c.key]));
}

/** A table as CSV: the rows the page shows, in its order, with each cell's full-precision value. */
export function tableToCsv(table: DataTable): string {
  const rows = table.rows.map((row) =>
    table.columns.flatMap((column, i): CsvValue[] => {
      const cell = row[i];
      if (!cell) throw new Error(`Table ${table.id}: a row has no cell for column ${column.key}.`);
      return column.numeric ? [cell.value, cell.flag ?? null] : [cell.value];
    }),
  );
  return writeCsv(tableCsvHeader(table), rows);
}
