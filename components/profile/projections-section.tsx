import Link from 'next/link';
import type { OccupationProfile } from '@/lib/profile';
import { profileFile } from '@/lib/profile-downloads';
import { HistoryFigure } from './history-figure';
import styles from './profile.module.css';

/** Every Employment Projections vintage of the code's own series. */
export function ProjectionsSection({ profile }: { profile: OccupationProfile }) {
  const own = profile.projections.rows.filter((r) => r.style.segment.kind === 'own');
  const linked = [...new Set(profile.projections.rows.filter((r) => r.style.segment.kind === 'linked').map((r) => r.point.socCode))];
  return (
    <section aria-labelledby="projections-heading" className={styles.section}>
      <h2 id="projections-heading">Employment Projections</h2>
      {own.length === 0 ? (
        <p>No Employment Projections vintage shipped here publishes {profile.socCode}.</p>
      ) : (
        <>
          <p className={styles.note}>
            Employment includes the self-employed (so it differs from OEWS counts). Openings are the total over the decade up to the 2014-24
            vintage and an annual average from 2016-26, as each table states; the median wage is from the May OEWS release the vintage names.
          </p>
          <HistoryFigure id="projections" socCode={profile.socCode} file={profileFile(profile, 'projections')!} lazy />
        </>
      )}
      {linked.length ? (
        <p>
          Other vintages project the codes it became or came from, not comparable with it:{' '}
          {linked.map((code, i) => (
            <span key={code}>
              {i > 0 ? ', ' : ''}
              <Link prefetch={false} href={`/occupations/${code}`}>{code}</Link>
            </span>
          ))}{' '}
          (see Code history).
        </p>
      ) : null}
    </section>
  );
}
