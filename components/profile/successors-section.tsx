import Link from 'next/link';
import type { QuickFacts } from '@/lib/profile/quick-facts';
import { QuickFactsList } from './quick-facts';
import styles from './profile.module.css';

/** A retired code opens with what the occupation is today: the codes it became, with their quick facts. */
export function SuccessorsSection({ socCode, successors, growthRule }: { socCode: string; successors: QuickFacts[]; growthRule: string }) {
  return (
    <section id="today" aria-labelledby="today-heading" className={styles.quickFactsBox}>
      <h2 id="today-heading">What it is today</h2>
      <p>
        BLS no longer publishes {socCode}. Under the 2018 SOC it is {successors.length > 1 ? `${successors.length} occupations` : 'this occupation'} (see Code history):
      </p>
      {successors.map((s) => (
        <div key={s.socCode} className={styles.successor} data-successor={s.socCode}>
          <h3>
            <Link prefetch={false} href={`/occupations/${s.socCode}`}>{s.title}</Link> <span className={styles.code}>{s.socCode}</span>
          </h3>
          <QuickFactsList facts={s} />
        </div>
      ))}
      <p className={styles.note}>How the outlook is worded: {growthRule}</p>
    </section>
  );
}
