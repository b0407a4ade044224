import type { OccupationProfile } from '@/lib/profile/model';
import type { ProfileFile } from '@/lib/profile/files';
import { HistoryFigure } from './history-figure';
import styles from './profile.module.css';

export interface WageVariant {
  /** `2024` or `nominal`: the fragment that selects it and the `dollars` value of its files. */
  key: string;
  label: string;
  file: ProfileFile;
  /** Null for the default dollars, which URLs leave out. */
  dollarsParam: string | null;
}

/**
 * Employment and wages in every OEWS release that has the code, and in the codes linked to it.
 * The chart is drawn in constant dollars (the default) or nominal dollars; its table always
 * shows the wages as BLS published them, with the constant-dollar figures beside them. The
 * switch is a pair of links to `#wages-2024` / `#wages-nominal`: the URL holds the choice,
 * CSS shows it, no script runs.
 */
export function WageHistorySection({ profile, variants }: { profile: OccupationProfile; variants: WageVariant[] }) {
  const hasOwn = profile.wages.rows.some((r) => r.style.segment.kind === 'own');
  return (
    <section aria-labelledby="wages-heading" className={styles.section}>
      <h2 id="wages-heading">Wages and employment, May of each year</h2>
      {profile.wages.rows.length === 0 ? (
        <p>The OEWS national releases shipped here publish no estimates under {profile.socCode} or the codes linked to it.</p>
      ) : (
        <div className="dollars-switch">
          {hasOwn ? null : <p>OEWS publishes no estimates under {profile.socCode} itself; the chart shows the codes linked to it.</p>}
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
              <HistoryFigure id={i === 0 ? 'wage-history' : `wage-history-${v.key}`} socCode={profile.socCode} file={v.file} lazy={i > 0} dollars={v.dollarsParam} />
            </div>
          ))}
        </div>
      )}
    </section>
  );
}
