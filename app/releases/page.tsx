import type { Metadata } from 'next';
import { FigureDownloads } from '@/components/figure-downloads';
import { getDataset } from '@/lib/data/get-dataset';
import { formatProjectionPeriod } from '@/lib/format';
import { oewsReleaseLinks, projectionVintageLinks } from '@/lib/release-downloads';
import styles from './releases.module.css';

export const metadata: Metadata = { title: 'Whole releases as CSV' };

/** Every shipped OEWS release and EP vintage, each as one CSV of every occupation. */
export default function ReleasesPage() {
  const dataset = getDataset();
  return (
    <>
      <h1>Whole releases as CSV</h1>
      <p className="lede">
        Every occupation of each BLS release shipped here, as read from the BLS files: markers turned into flags, nothing else changed. Each file has an
        “About this data” page with its source, units and footnotes.
      </p>
      <h2 id="oews">OEWS national wages</h2>
      <ul className={styles.list}>
        {[...dataset.wageReleases].reverse().map((r) => (
          <li key={r.year} id={`oews-${r.year}`}>
            <strong>{r.release}</strong>, {r.estimates.length} occupations and groups
            <FigureDownloads links={oewsReleaseLinks(r)} />
          </li>
        ))}
      </ul>
      <h2 id="projections">Employment Projections</h2>
      <ul className={styles.list}>
        {[...dataset.projectionVintages].reverse().map((v) => (
          <li key={v.vintage} id={`projections-${v.vintage}`}>
            <strong>{v.vintage}</strong> ({formatProjectionPeriod(v.baseYear, v.targetYear)}), {v.projections.length} occupations and groups
            <FigureDownloads links={projectionVintageLinks(v)} />
          </li>
        ))}
      </ul>
    </>
  );
}
