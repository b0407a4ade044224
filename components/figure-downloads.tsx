import Link from 'next/link';
import type { DownloadLinks } from '@/lib/http/downloads';
import styles from './figure-downloads.module.css';

/**
 * The downloads of one figure or table: CSV (and the chart as SVG and PNG) with its "about this
 * data" page beside them. Plain links with `download` (the server draws the PNG), so every
 * download works without JavaScript;
 * each accessible name ends with what is downloaded ("Download CSV: Median annual wage, May 2008").
 */
export function FigureDownloads({ links }: { links: DownloadLinks }) {
  // The visible words start the accessible name (WCAG label in name); the title says which figure.
  const name = (action: string): string => `${action}: ${links.title}`;
  return (
    <ul className={styles.downloads}>
      <li>
        <a href={links.csv} download aria-label={name('Download CSV')}>Download CSV</a>
      </li>
      {links.svg ? (
        <li>
          <a href={links.svg} download aria-label={name('Download SVG')}>Download SVG</a>
        </li>
      ) : null}
      {links.png ? (
        <li>
          <a href={links.png} download aria-label={name('Download PNG')}>Download PNG</a>
        </li>
      ) : null}
      <li>
        <Link prefetch={false} href={links.about} aria-label={name('About this data')}>About this data</Link>
      </li>
    </ul>
  );
}
