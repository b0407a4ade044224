import Link from 'next/link';
import type { ProfileView } from '@/lib/profile/view';
import { PhraseText } from './code-link';
import styles from './profile.module.css';

const RELATION_LABEL = { unchanged: 'Unchanged', renamed: 'Renamed', split: 'Split', merged: 'Merged' } as const;

/** "a, b and c" */
function listText(items: string[]): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * Where the code is published, the titles it had, and what it was before and became after each
 * SOC revision and the OEWS hybrid years, with links to the codes on the other side and the BLS
 * table rows that say so.
 */
export function LineageSection({ socCode, history }: { socCode: string; history: ProfileView['history'] }) {
  return (
    <section id="history" aria-labelledby="lineage-heading" className={styles.section}>
      <h2 id="lineage-heading">Code history</h2>
      <dl className={styles.facts}>
        <div>
          <dt>Wages (OEWS)</dt>
          <dd>{history.wageSpan ?? 'Not published under this code'}</dd>
        </div>
        <div>
          <dt>Projections (EP)</dt>
          <dd>{history.projectionSpan ?? 'Not published under this code'}</dd>
        </div>
      </dl>
      {history.titles.length ? (
        <div className={styles.titles}>
          <h3 className={styles.smallHeading}>Titles under this code</h3>
          <ul>
            {history.titles.map((t) => (
              <li key={t.title}>
                {t.title} <span className={styles.note}>({t.first === t.last ? t.first : `${t.first} to ${t.last}`})</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {history.listed ? null : (
        <p>
          The BLS crosswalks and the OEWS hybrid structure do not list {socCode}: they link detailed occupations, so group codes and
          codes BLS used only for its own tables have no lineage there. Figures under this code in different SOC revisions are drawn as
          separate segments in the charts.
        </p>
      )}
      {history.steps.length ? (
        <ol className={styles.lineage}>
          {history.steps.map((step) => (
            <li key={step.key}>
              <p className={styles.stepHead}>
                <span className={`${styles.badge} ${styles[step.relation]}`}>{RELATION_LABEL[step.relation]}</span> <strong>{step.label}</strong>
              </p>
              <p>
                <PhraseText phrase={step.phrase} />
              </p>
              <p className={styles.note}>
                {step.effective ? `${step.effective}. ` : ''}Source: {step.source}.
              </p>
            </li>
          ))}
        </ol>
      ) : null}
      {history.unchangedIn.length ? (
        <p>
          <span className={`${styles.badge} ${styles.unchanged}`}>Unchanged</span> {socCode} has the same code and title in the {listText(history.unchangedIn)}.
        </p>
      ) : null}
      <p className="source">
        Source: BLS SOC 2000 to 2010 and 2010 to 2018 crosswalks (soc_2000_to_2010_crosswalk.csv, soc_2010_to_2018_crosswalk.csv) and the OEWS May
        2019–2020 hybrid structure (oes_2019_hybrid_structure.csv).
      </p>
      <p className="no-print">
        <Link prefetch={false} className="button" href={history.compareHref}>Compare with other occupations</Link>
      </p>
    </section>
  );
}
