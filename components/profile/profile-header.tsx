import Link from 'next/link';
import type { OccupationProfile } from '@/lib/profile/model';
import styles from './profile.module.css';

/** Title, code, level, where the code is published, and the titles it had. */
export function ProfileHeader({ profile, compareHref }: { profile: OccupationProfile; compareHref: string }) {
  const earlier = profile.titles.length > 1 ? profile.titles : [];
  return (
    <header className={styles.header}>
      <p className={styles.kicker}>
        <span className={styles.code}>SOC {profile.socCode}</span> · {profile.levelLabel}
      </p>
      <h1>{profile.title}</h1>
      <dl className={styles.facts}>
        <div>
          <dt>Wages (OEWS)</dt>
          <dd>{profile.wageSpan ?? 'Not published under this code'}</dd>
        </div>
        <div>
          <dt>Projections (EP)</dt>
          <dd>{profile.projectionSpan ?? 'Not published under this code'}</dd>
        </div>
      </dl>
      {earlier.length ? (
        <div className={styles.titles}>
          <h2 className={styles.smallHeading}>Titles under this code</h2>
          <ul>
            {earlier.map((t) => (
              <li key={t.title}>
                {t.title} <span className={styles.note}>({t.first === t.last ? t.first : `${t.first} to ${t.last}`})</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <p className="no-print">
        <Link prefetch={false} className="button" href={compareHref}>Compare with other occupations</Link>
      </p>
    </header>
  );
}
