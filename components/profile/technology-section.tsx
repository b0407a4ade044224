import type { TechnologyView } from '@/lib/profile/onet-sections';
import { OnetCredit } from './onet-credit';
import styles from './profile.module.css';

/** The software and technology O*NET lists, by kind, hot technologies marked. */
export function TechnologySection({ technology, credit }: { technology: TechnologyView; credit: string }) {
  return (
    <section id="tools" aria-labelledby="tools-heading" className={styles.section}>
      <h2 id="tools-heading">Tools and technology</h2>
      {technology.hotCount ? (
        <p className={styles.note}>
          <span className={styles.hot}>Hot</span> marks O*NET&apos;s hot technologies: those employers name most often in job postings.
        </p>
      ) : null}
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
      <OnetCredit credit={credit} modified="examples grouped by their UNSPSC commodity, each once." />
    </section>
  );
}
