import type { GetServerSideProps } from 'next';
import Link from 'next/link';
import { Notices } from '@/components/notices';
import { PageTitle } from '@/components/page-title';
import { SearchResultList } from '@/components/search/search-results';
import { SiteSearch } from '@/components/search/site-search';
import { getDataset } from '@/lib/data/get-dataset';
import { pageProps } from '@/lib/http/page-props';
import { parseSearchParams } from '@/lib/search/params';
import { searchResults, type SearchResultsView } from '@/lib/search/results';

// No client JavaScript (see pages/_app.tsx); `runtime` is there for Next's config type.
export const config = { runtime: 'nodejs', unstable_runtimeJS: false };

/** The most results the page lists; the rest are counted. */
const RESULTS_SHOWN = 30;

interface SearchPageProps {
  search: SearchResultsView;
  notices: string[];
}

/** `/search?q=medical+coder`: the results of the header's search, rendered per request. */
export const getServerSideProps: GetServerSideProps<SearchPageProps> = async ({ query }) => {
  const request = parseSearchParams(query);
  const search = request.query ? searchResults(getDataset(), request.query, RESULTS_SHOWN) : { query: '', results: [], total: 0 };
  return { props: pageProps({ search, notices: request.notices }) };
};

export default function SearchPage({ search, notices }: SearchPageProps) {
  const { query, results, total } = search;
  const heading = !query ? 'Search occupations' : total === 0 ? `No occupations found for “${query}”` : `${total === 1 ? 'One occupation' : `${total.toLocaleString('en-US')} occupations`} found for “${query}”`;
  return (
    <>
      <PageTitle title={query ? `${query}: search` : 'Search occupations'} />
      <h1>{heading}</h1>
      <Notices notices={notices} />
      <SiteSearch id="search-page-q" label="Search again" defaultValue={query} />
      <p className="muted">
        Titles of every BLS release since 2007, O*NET&apos;s alternate and reported job titles and abbreviations (RN, CNA, EMT), and SOC codes (29-2072, or the start of
        one: 29-20). Current occupations come first; a retired code says what it became.
      </p>
      {results.length ? (
        <section aria-labelledby="results-heading">
          <h2 id="results-heading" className="visually-hidden">Results</h2>
          {total > results.length ? <p className="muted">The best {results.length} are listed; add a word to narrow the search.</p> : null}
          <SearchResultList results={results} />
        </section>
      ) : query ? (
        <p>Try fewer or shorter words, another title for the job, or the first digits of a code (29-1 for healthcare practitioners).</p>
      ) : null}
      <p>
        Or <Link prefetch={false} href="/occupations">browse every occupation</Link> by pay, growth and education.
      </p>
    </>
  );
}
