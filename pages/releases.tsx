import type { GetStaticProps } from 'next';
import { FigureDownloads } from '@/components/figure-downloads';
import { PageTitle } from '@/components/page-title';
import styles from '@/components/releases.module.css';
import { getDataset } from '@/lib/data/get-dataset';
import type { DownloadLinks } from '@/lib/http/downloads';
import { formatProjectionPeriod } from '@/lib/tables/format';
import { pageProps } from '@/lib/http/page-props';
import { oewsReleaseLinks, projectionVintageLinks } from '@/lib/releases/files';
import { titleMarkerNote } from '@/lib/releases/tables';

// No client JavaScript (see pages/_app.tsx); `runtime` is there for Next's config type.
export const config = { runtime: 'nodejs', unstable_runtimeJS: false };

interface ReleasesProps {
  /** What happens to BLS's title asterisk (May 2010–2011), or null. */
  titleNote: string | null;
  oews: { year: number; release: string; occupations: number; links: DownloadLinks }[];
  projections: { vintage: string; period: string; occupations: number; links: DownloadLinks }[];
}

/** Built once: every shipped OEWS release and EP vintage, newest first. */
export const getStaticProps: GetStaticProps<ReleasesProps> = () => {
  const dataset = getDataset();
  return {
    props: pageProps({
      titleNote: titleMarkerNote(dataset.wageReleases),
      oews: [...dataset.wageReleases].reverse().map((r) => ({ year: r.year, release: r.release, occupations: r.estimates.length, links: oewsReleaseLinks(r) })),
      projections: [...dataset.projectionVintages].reverse().map((v) => ({ vintage: v.vintage, period: formatProjectionPeriod(v.baseYear, v.targetYear), occupations: v.projections.length, links: projectionVintageLinks(v) })),
    }),
  };
};

/** Every shipped OEWS release and EP vintage, each as one CSV of every occupation. */
export default function ReleasesPage({ titleNote, oews, projections }: ReleasesProps) {
  return (
    <>
      <PageTitle title="Whole releases as CSV" />
      <h1>Whole releases as CSV</h1>
      <p className="lede">
        Every occupation of each BLS release shipped here, as read from the BLS files: markers in number cells turned into flags, thousands separators
        and padding dropped, nothing else changed. Each file has an “About this data” page with its source, units and footnotes.
      </p>
      {titleNote ? <p id="title-asterisk">{titleNote}</p> : null}
      <h2 id="oews">OEWS national wages</h2>
      <ul className={styles.list}>
        {oews.map((r) => (
          <li key={r.year} id={`oews-${r.year}`}>
            <strong>{r.release}</strong>, {r.occupations} occupations and groups
            <FigureDownloads links={r.links} />
          </li>
        ))}
      </ul>
      <h2 id="projections">Employment Projections</h2>
      <ul className={styles.list}>
        {projections.map((v) => (
          <li key={v.vintage} id={`projections-${v.vintage}`}>
            <strong>{v.vintage}</strong> ({v.period}), {v.occupations} occupations and groups
            <FigureDownloads links={v.links} />
          </li>
        ))}
      </ul>
    </>
  );
}
