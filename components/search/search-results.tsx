import Link from 'next/link';
import type { SearchResultView } from '@/lib/search/results';

/** One result: the title linking to its profile, its code, what it is if not a current occupation, and why it matched. */
export function SearchResultItem({ result, action }: { result: SearchResultView; action?: { href: string; label: string } }) {
  return (
    <li className="search-result">
      <Link prefetch={false} href={result.href} className="search-result-title">{result.title}</Link>{' '}
      <span className="search-result-code">{result.socCode}</span>
      {result.badge ? <> <span className="badge">{result.badge}</span></> : null}
      {action ? (
        <>
          {' '}
          <Link prefetch={false} href={action.href} className="search-result-action">
            {action.label}<span className="visually-hidden"> {result.title} ({result.socCode})</span>
          </Link>
        </>
      ) : null}
      {result.why ? <span className="search-result-why">Matched: {result.why}</span> : null}
      {result.retired ? (
        <span className="search-result-why">
          {result.retired.lastPublished ? `Last published ${result.retired.lastPublished}. ` : null}
          {result.retired.successors.length ? (
            <>
              Now:{' '}
              {result.retired.successors.map((s, i) => (
                <span key={s.socCode}>
                  {i > 0 ? ', ' : null}
                  <Link prefetch={false} href={s.href}>{s.title}</Link> ({s.socCode})
                </span>
              ))}
            </>
          ) : null}
        </span>
      ) : null}
    </li>
  );
}

/** A result with, on /compare, a second link that adds it to the comparison. */
export type ResultWithAction = SearchResultView & { action?: { href: string; label: string } };

export function SearchResultList({ results }: { results: ResultWithAction[] }) {
  return (
    <ul className="search-results">
      {results.map((r) => (
        <SearchResultItem key={r.socCode} result={r} action={r.action} />
      ))}
    </ul>
  );
}
