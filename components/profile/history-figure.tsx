import { ChartFigure } from '@/components/chart-figure';
import { DataTableView } from '@/components/data-table';
import { renderFigurePair } from '@/lib/charts/render-svg';
import type { ChartSpec } from '@/lib/charts/spec';
import type { DataTable } from '@/lib/tables';
import styles from './profile.module.css';

/**
 * A chart drawn on the server into inline SVG (the page ships no chart code), its table one
 * click away, and its source line in the page text as well as in the figure.
 */
export async function HistoryFigure({ id, spec, table }: { id: string; spec: ChartSpec; table: DataTable }) {
  const svg = await renderFigurePair(spec);
  return (
    <div className={styles.figure}>
      <ChartFigure id={id} spec={spec} svg={svg} table={<DataTableView table={table} />} />
      <p className="source">
        Source: {spec.source}. Reference period: {spec.referencePeriod}.
      </p>
    </div>
  );
}
