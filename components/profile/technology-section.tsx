import type { TechnologyView } from '@/lib/profile/onet-sections';
import { OnetCredit } from './onet-credit';
import styles from './profile.module.css';

/** The software and technology O*NET lists: its hot technologies first, every example by kind one click away. */
export function TechnologySection({ technology, credit }: { technology: TechnologyView; credit: string }) {
  return (
    <section id="tools" aria-labelledby="tools-heading" className={styles.section}>
      <h2 id="tools-heading">Tools and technology</h2>
      {technology.hot.length ? (
        <>
          <p>
            <span className={styles.hot}>Hot</span> technologies, those employers name most often in job postings:
          </p>
          <ul className={styles.chips} data-technology="hot">
            {technology.hot.map((name) => (
              <li key={name}>{name}</li>
            ))}
          </ul>
        </>
      ) : null}
      <details className={styles.more}>
        <summary>All {technology.count} technologies O*NET lists, by kind</summary>
        <dl className={styles.technology}>
          {technology.commodities.map((c) => (
            <div key={c.title}>
              <dt>{c.title}</dt>
              <dd>
                {c.examples.map((e, i) => (
                  <span key={e.name}>
                    {i > 0 ? ', ' : ''}
                    {e.name}
                    {e.hot ? <> <span className={styles.hot}>Hot</span></> : null}
                  </span>
                ))}
              </dd>
            </div>
          ))}
        </dl>
      </details>
      <OnetCredit credit={credit} modified="examples grouped by their UNSPSC commodity, each once; hot technologies listed first." />
    </section>
  );
}
