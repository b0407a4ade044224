import Link from 'next/link';
import type { CodeRef } from '@/lib/lineage/lineage';
import type { Phrase } from '@/lib/lineage/text';
import styles from './profile.module.css';

/** A code with its title, linking to its profile where the shipped data has one. */
export function CodeLink({ code, known }: { code: Pick<CodeRef, 'socCode' | 'title'>; known: boolean }) {
  const label = (
    <>
      <span className={styles.code}>{code.socCode}</span> {code.title}
    </>
  );
  return known ? <Link prefetch={false} href={`/occupations/${code.socCode}`}>{label}</Link> : <span>{label} <span className={styles.note}>(no BLS figures shipped)</span></span>;
}

/** A sentence whose codes are links. */
export function PhraseText({ phrase, known }: { phrase: Phrase; known: ReadonlySet<string> }) {
  return (
    <>
      {phrase.map((part, i) => (typeof part === 'string' ? <span key={i}>{part}</span> : <CodeLink key={i} code={part} known={known.has(part.socCode)} />))}
    </>
  );
}

/** Codes as links to their profiles, separated by commas: "29-2072, 29-9021". */
export function CodeLinks({ codes }: { codes: readonly string[] }) {
  return (
    <>
      {codes.map((code, i) => (
        <span key={code}>
          {i > 0 ? ', ' : ''}
          <Link prefetch={false} href={`/occupations/${code}`}>{code}</Link>
        </span>
      ))}
    </>
  );
}
