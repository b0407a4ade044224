import { CLASSIFICATION_LABEL, type Classification } from '@/lib/lineage/lineage';
import type { OccupationProfile } from '@/lib/profile/model';
import { PhraseText } from './code-link';
import styles from './profile.module.css';

const RELATION_LABEL = { unchanged: 'Unchanged', renamed: 'Renamed', split: 'Split', merged: 'Merged' } as const;
const CLASSIFICATIONS: Classification[] = ['soc2000', 'soc2010', 'oewsHybrid', 'soc2018'];

/** "a, b and c" */
function listText(items: string[]): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * What the code was before and became after each SOC revision and the OEWS hybrid years,
 * with links to the codes on the other side and the BLS table rows that say so.
 */
export function LineageSection({ profile, known }: { profile: OccupationProfile; known: ReadonlySet<string> }) {
  const told = profile.lineage.filter((s) => s.change.relation !== 'unchanged');
  const unchanged = profile.lineage.filter((s) => s.change.relation === 'unchanged');
  return (
    <section aria-labelledby="lineage-heading" className={styles.section}>
      <h2 id="lineage-heading">Code history</h2>
      {profile.lineage.length === 0 ? (
        <p>
          The BLS crosswalks and the OEWS hybrid structure do not list {profile.socCode}: they link detailed occupations, so group codes and
          codes BLS used only for its own tables have no lineage there. Figures under this code in different SOC revisions are drawn as
          separate segments below.
        </p>
      ) : null}
      {told.length ? (
        <ol className={styles.lineage}>
          {told.map((step) => (
            <li key={`${step.boundary}-${step.change.direction}`}>
              <p className={styles.stepHead}>
                <span className={`${styles.badge} ${styles[step.change.relation]}`}>{RELATION_LABEL[step.change.relation]}</span>{' '}
                <strong>{step.label}</strong>
              </p>
              <p>
                <PhraseText phrase={step.phrase} known={known} />
              </p>
              <p className={styles.note}>
                {step.effective ? `${step.effective}. ` : ''}Source: {step.source}.
              </p>
            </li>
          ))}
        </ol>
      ) : null}
      {unchanged.length ? (
        <p>
          <span className={`${styles.badge} ${styles.unchanged}`}>Unchanged</span> {profile.socCode} has the same code and title in the{' '}
          {listText(CLASSIFICATIONS.filter((c) => unchanged.some((s) => s.change.boundary.from === c || s.change.boundary.to === c)).map((c) => CLASSIFICATION_LABEL[c]))}.
        </p>
      ) : null}
      <p className="source">
        Source: BLS SOC 2000 to 2010 and 2010 to 2018 crosswalks (soc_2000_to_2010_crosswalk.csv, soc_2010_to_2018_crosswalk.csv) and the OEWS May
        2019–2020 hybrid structure (oes_2019_hybrid_structure.csv).
      </p>
    </section>
  );
}
