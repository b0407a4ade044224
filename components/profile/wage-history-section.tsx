import type { OccupationProfile } from '@/lib/profile';
import { profileFile } from '@/lib/profile-downloads';
import { HistoryFigure } from './history-figure';
import styles from './profile.module.css';

/** Employment and wages in every OEWS release that has the code, and in the codes linked to it. */
export function WageHistorySection({ profile }: { profile: OccupationProfile }) {
  const hasOwn = profile.wages.rows.some((r) => r.style.segment.kind === 'own');
  return (
    <section aria-labelledby="wages-heading" className={styles.section}>
      <h2 id="wages-heading">Wages and employment, May of each year</h2>
      {profile.wages.rows.length === 0 ? (
        <p>The OEWS national releases shipped here publish no estimates under {profile.socCode} or the codes linked to it.</p>
      ) : (
        <>
          {hasOwn ? null : <p>OEWS publishes no estimates under {profile.socCode} itself; the chart shows the codes linked to it.</p>}
          <HistoryFigure id="wage-history" socCode={profile.socCode} file={profileFile(profile, 'wages')!} />
        </>
      )}
    </section>
  );
}
