import Link from 'next/link';
import type { AboutData } from '@/lib/about/about-data';
import styles from './about-data.module.css';

/** The provenance of one download: source, release, period, the view, the date, its columns and footnotes. */
export function AboutDataView({ about }: { about: AboutData }) {
  return (
    <>
      <h1>About this data: {about.title}</h1>
      <ul className={styles.files}>
        {about.files.map((f) => (
          <li key={f.href}>
            <a href={f.href} download>Download {f.label}</a>
          </li>
        ))}
      </ul>
      <h2>Source</h2>
      <dl className={styles.facts}>
        {about.facts.map((f) => (
          <div key={f.term}>
            <dt>{f.term}</dt>
            <dd>{f.href ? <Link prefetch={false} href={f.href}>{f.detail}</Link> : f.detail}</dd>
          </div>
        ))}
      </dl>
      <h2>Footnotes</h2>
      <ul className={styles.notes}>
        {about.footnotes.map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ul>
      <h2>Columns of the CSV</h2>
      <div className="table-wrap" tabIndex={0} role="region" aria-label="Columns of the CSV">
        <table>
          <thead>
            <tr>
              <th scope="col">Column</th>
              <th scope="col">Meaning</th>
            </tr>
          </thead>
          <tbody>
            {about.columns.map((c) => (
              <tr key={c.key}>
                <th scope="row"><code>{c.key}</code></th>
                <td>{c.meaning}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
