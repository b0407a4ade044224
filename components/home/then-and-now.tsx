import Link from 'next/link';
import type { ThenAndNow } from '@/lib/home/then-and-now';
import styles from './then-and-now.module.css';

/** Beside the 2008 story: what happened by the target year, and what the occupation is today, with links to the profiles. */
export function ThenAndNowView({ socCode, data }: { socCode: string; data: ThenAndNow }) {
  const { happened, today } = data;
  return (
    <div className={styles.grid}>
      {happened ? (
        <section aria-labelledby="happened-heading" className={styles.card} data-then-now="happened">
          <h2 id="happened-heading">What happened</h2>
          <p>
            BLS projected <strong data-figure="projected">{happened.projected}</strong> jobs for {happened.targetYear} ({happened.projectedChange}); it counted{' '}
            <strong data-figure="counted">{happened.counted}</strong> ({happened.countedChange}).
          </p>
          {happened.note ? <p className={styles.note}>{happened.note}</p> : null}
          <p className="source">
            Source: BLS Employment Projections {happened.vintage} and {happened.countedIn}, Table 1.2; the count is the base-year employment of {happened.countedIn}.{' '}
            <Link prefetch={false} href={`/occupations/${socCode}#scorecard`}>Did the projections come true?</Link>
          </p>
        </section>
      ) : null}
      {today.length ? (
        <section aria-labelledby="today-heading" className={styles.card} data-then-now="today">
          <h2 id="today-heading">What it is today</h2>
          <p>{today.length > 1 ? `Since the 2018 SOC, ${socCode} is ${today.length} occupations:` : 'Today:'}</p>
          {today.map((s) => (
            <div key={s.socCode} data-successor={s.socCode} className={styles.successor}>
              <h3>
                <Link prefetch={false} href={`/occupations/${s.socCode}`}>{s.title}</Link> <span className={styles.code}>{s.socCode}</span>
              </h3>
              <dl>
                {s.facts.map((f) => (
                  <div key={f.key} data-fact={f.key}>
                    <dt>{f.label} ({f.period})</dt>
                    <dd>
                      {f.value}
                      {f.detail ? `; ${f.detail}` : ''}
                    </dd>
                  </div>
                ))}
              </dl>
            </div>
          ))}
          <p className="source">Source: BLS OEWS (pay) and Employment Projections (jobs, outlook, education), the latest shipped; each profile names its tables.</p>
        </section>
      ) : null}
    </div>
  );
}
