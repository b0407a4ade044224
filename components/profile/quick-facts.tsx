import type { QuickFacts } from '@/lib/profile/quick-facts';
import styles from './profile.module.css';

/**
 * The facts a person choosing a career asks first, each with its period and source. `id` is set
 * for the occupation's own box (the contents list links to it), not for a successor's.
 */
export function QuickFactsList({ facts }: { facts: QuickFacts }) {
  return (
    <>
      <dl className={styles.quickFacts}>
        {facts.facts.map((f) => (
          <div key={f.key} data-fact={f.key}>
            <dt>{f.label}</dt>
            <dd>
              <span className={styles.factValue}>{f.value}</span>
              {f.detail ? <span className={styles.factDetail}>{f.detail}</span> : null}
              <span className={styles.factSource}>
                {f.period} · {f.source} · <a href={f.more.href}>{f.more.label}</a>
              </span>
            </dd>
          </div>
        ))}
      </dl>
      {facts.gaps.map((g) => (
        <p key={g} className={styles.note}>{g}</p>
      ))}
    </>
  );
}

export function QuickFactsSection({ facts, growthRule }: { facts: QuickFacts; growthRule: string }) {
  return (
    <section id="quick-facts" aria-labelledby="quick-facts-heading" className={styles.quickFactsBox}>
      <h2 id="quick-facts-heading">Quick facts</h2>
      <QuickFactsList facts={facts} />
      <p className={styles.note}>How the outlook is worded: {growthRule}</p>
    </section>
  );
}
