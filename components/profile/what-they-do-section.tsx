import type { AlsoCalled, WhatTheyDo } from '@/lib/profile/onet-sections';
import { OnetCredit } from './onet-credit';
import styles from './profile.module.css';

/** O*NET's description of the work and its tasks, the first few shown and the rest one click away. */
export function WhatTheyDoSection({ what, credit }: { what: WhatTheyDo; credit: string }) {
  const several = what.occupations.length > 1;
  return (
    <section id="what-they-do" aria-labelledby="what-they-do-heading" className={styles.section}>
      <h2 id="what-they-do-heading">What they do</h2>
      {what.occupations.map((o) => (
        <p key={o.onetCode} data-onet={o.onetCode}>
          {several ? <strong>{o.title} ({o.onetCode}): </strong> : null}
          {o.description}
        </p>
      ))}
      {what.firstTasks.length ? (
        <>
          <h3>Tasks</h3>
          <ul className={styles.tasks} data-tasks="first">
            {what.firstTasks.map((t, i) => (
              <li key={i}>{t}</li>
            ))}
          </ul>
          {what.moreTasks.length ? (
            <details className={styles.more}>
              <summary>{what.moreTasks.length} more tasks</summary>
              <ul className={styles.tasks} data-tasks="more">
                {what.moreTasks.map((t, i) => (
                  <li key={i}>{t}</li>
                ))}
              </ul>
            </details>
          ) : null}
          <p className={styles.note}>In O*NET&apos;s order: core tasks (and tasks O*NET does not type) first, supplemental tasks after them.</p>
        </>
      ) : null}
      <OnetCredit credit={credit} modified="O*NET-SOC occupations gathered under their SOC code; tasks shown core first." />
    </section>
  );
}

/** The everyday titles of the work: those O*NET shows in My Next Move first, then its alternate titles. */
export function AlsoCalledSection({ titles, credit }: { titles: AlsoCalled; credit: string }) {
  return (
    <section id="also-called" aria-labelledby="also-called-heading" className={styles.section}>
      <h2 id="also-called-heading">Also called</h2>
      {titles.myNextMove.length ? (
        <p data-titles="my-next-move">
          <span className={styles.note}>Titles workers report (shown in My Next Move): </span>
          {titles.myNextMove.join(' · ')}
        </p>
      ) : null}
      {titles.firstAlternate.length ? (
        <p data-titles="alternate">
          <span className={styles.note}>Other titles: </span>
          {titles.firstAlternate.join(' · ')}
        </p>
      ) : null}
      {titles.moreAlternate.length ? (
        <details className={styles.more}>
          <summary>{titles.moreAlternate.length} more titles</summary>
          <p>{titles.moreAlternate.join(' · ')}</p>
        </details>
      ) : null}
      <OnetCredit credit={credit} modified="reported and alternate titles combined, each once." />
    </section>
  );
}
