import type { ProfileView } from '@/lib/profile/view';
import styles from './profile.module.css';

/** Code, level and title, then a short contents list: kept small so the quick facts start on a phone's first screen. */
export function ProfileHeader({ view }: { view: ProfileView }) {
  return (
    <header className={styles.header}>
      <p className={styles.kicker}>
        <span className={styles.code}>SOC {view.socCode}</span> · {view.levelLabel}
        {view.retired ? ' · no longer published' : ''}
      </p>
      <h1>{view.title}</h1>
      <nav aria-label="On this page" className={styles.contents}>
        <ul>
          {view.contents.map((c) => (
            <li key={c.id}>
              <a href={`#${c.id}`}>{c.label}</a>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
