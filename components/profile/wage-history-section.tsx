import type { ProfileView } from '@/lib/profile/view';
import { HistoryFigure } from './history-figure';
import styles from './profile.module.css';

/**
 * Employment and wages in every OEWS release that has the code, and in the codes linked to it.
 * The chart is drawn in constant dollars (the default) or nominal dollars; its table always
 * shows the wages as BLS published them, with the constant-dollar figures beside them. The
 * switch is a pair of links to `#wages-2024` / `#wages-nominal`: the URL holds the choice,
 * CSS shows it, no script runs.
 */
export function WageHistorySection({ socCode, wages }: { socCode: string; wages: ProfileView['wages'] }) {
  const { hasOwn, variants } = wages;
  return (
    <section id="pay" aria-labelledby="wages-heading" className={styles.section}>
      <h2 id="wages-heading">Pay: wages and employment, May of each year</h2>
      {wages.count === 0 ? (
        <p>The OEWS national releases shipped here publish no estimates under {socCode} or the codes linked to it.</p>
      ) : (
        <div className="dollars-switch">
          {hasOwn ? null : <p>OEWS publishes no estimates under {socCode} itself; the chart shows the codes linked to it.</p>}
          <p className="dollars-choice">
            Chart in:{' '}
            {variants.map((v, i) => (
              <span key={v.key}>
                {i > 0 ? ' · ' : ''}
                <a href={`#wages-${v.key}`}>{v.label}</a>
              </span>
            ))}
          </p>
          <p className="muted">The table gives every wage as BLS published it; beside it, the same wage in the chart&apos;s constant dollars.</p>
          {variants.map((v, i) => (
            <div key={v.key} id={`wages-${v.key}`} className="dollars-variant">
              <HistoryFigure id={i === 0 ? 'wage-history' : `wage-history-${v.key}`} socCode={socCode} file={v.file} lazy={i > 0} hiddenAtFirst={i > 0} dollars={v.dollarsParam} />
            </div>
          ))}
        </div>
      )}
    </section>
  );
}
