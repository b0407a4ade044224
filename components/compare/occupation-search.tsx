import Link from 'next/link';
import type { OccupationOption } from '@/lib/search/search';

export interface OccupationSearchProps {
  /** What was searched for (the `find` parameter), or '' before a search. */
  find: string;
  /** Matching occupations not already selected, each with the comparison that adds it. */
  results: (OccupationOption & { addHref: string })[];
  /** How many occupations match in all; `results` holds the first of them. */
  total: number;
  /** The comparison as it stands, carried through the search. */
  codes: string[];
  vintage: string;
  wageYear: number;
  dollars: string | null;
  max: number;
}

/**
 * Adding an occupation: a GET form that searches titles and codes on the server, and a list of
 * links that each add one match. No script: the URL holds the search and, once chosen, the
 * selection, so it works with the keyboard, a screen reader, and JavaScript off.
 */
export function OccupationSearch({ find, results, total, codes, vintage, wageYear, dollars, max }: OccupationSearchProps) {
  if (codes.length >= max) {
    return <p className="picker-status">A comparison holds at most {max} occupations; remove one to add another.</p>;
  }
  return (
    <div className="picker">
      <form method="get" action="/compare" role="search" aria-label="Occupations">
        {codes.length ? <input type="hidden" name="occupations" value={codes.join(',')} /> : null}
        <input type="hidden" name="vintage" value={vintage} />
        <input type="hidden" name="release" value={String(wageYear)} />
        {dollars ? <input type="hidden" name="dollars" value={dollars} /> : null}
        <label htmlFor="find">Add an occupation</label>
        <div className="picker-row">
          <input id="find" name="find" type="search" defaultValue={find} autoComplete="off" aria-describedby="find-hint" placeholder="Title words or SOC code, e.g. nurse or 29-1" />
          <button type="submit">Search</button>
        </div>
        <p id="find-hint" className="muted picker-hint">Search by title words or SOC code, then choose a match to add it.</p>
      </form>
      {find.trim() ? (
        <section aria-labelledby="find-results" className="picker-results">
          <h3 id="find-results">
            {total === 0 ? `No occupations found for “${find.trim()}”` : `${total === 1 ? 'One occupation' : `${total} occupations`} found for “${find.trim()}”`}
          </h3>
          {total > results.length ? <p className="muted">The first {results.length} are listed; add words or digits of the code to narrow the search.</p> : null}
          {results.length ? (
            <ul>
              {results.map((o) => (
                <li key={o.code}>
                  <Link prefetch={false} href={o.addHref} aria-label={`Add ${o.title} (${o.code})`}>
                    Add <span className="picker-code">{o.code}</span> {o.title}
                  </Link>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">Try fewer or shorter words, or the first digits of a code (29-1 for healthcare practitioners).</p>
          )}
        </section>
      ) : null}
    </div>
  );
}
