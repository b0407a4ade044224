import { ChartFigure, chartImages } from '@/components/chart-figure';
import { DataTableView } from '@/components/data-table';
import { FigureDownloads } from '@/components/figure-downloads';
import { profileDownloadLinks, profileFileHref, type ProfileFile } from '@/lib/profile/files';
import styles from './profile.module.css';

/**
 * A profile chart as a server-drawn image (the page carries no chart markup or code), its table
 * one click away, its downloads beside it, and its source line in the page text too.
 */
export function HistoryFigure({ id, socCode, file, lazy, hiddenAtFirst, dollars }: { id: string; socCode: string; file: ProfileFile; lazy?: boolean; hiddenAtFirst?: boolean; dollars?: string | null }) {
  const { spec, table } = file;
  return (
    <div className={styles.figure}>
      <ChartFigure
        id={id}
        spec={spec}
        images={chartImages(spec, (w) => profileFileHref(socCode, file.slug, 'svg', w, dollars))}
        lazy={lazy}
        hiddenAtFirst={hiddenAtFirst}
        table={<DataTableView table={table} />}
        tools={<FigureDownloads links={profileDownloadLinks(socCode, file.slug, spec.title, dollars)} />}
      />
      <p className="source">
        Source: {spec.source}. Reference period: {spec.referencePeriod}.
      </p>
    </div>
  );
}
