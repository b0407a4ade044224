import type { ReactNode } from 'react';
import Link from 'next/link';
import { PageScript } from '@/components/page-script';
import { SiteSearch } from '@/components/search/site-search';
import { SITE_NAME } from '@/lib/site';

/** What every page has around its content: skip link, site navigation and search, the sources and their licences, and the site's one script (search suggestions, values on charts, the print link). */
export function SiteFrame({ children }: { children: ReactNode }) {
  return (
    <>
      <a className="skip-link" href="#main">Skip to content</a>
      <header className="site-header">
        <nav aria-label="Site">
          <Link prefetch={false} href="/" className="site-name">{SITE_NAME}</Link>
          <Link prefetch={false} href="/occupations">All occupations</Link>
          <Link prefetch={false} href="/compare">Compare</Link>
          <Link prefetch={false} href="/scorecard">Projection scorecard</Link>
        </nav>
        <SiteSearch id="site-q" compact />
      </header>
      <main id="main">{children}</main>
      <footer className="site-footer">
        <p>
          Data: U.S. Bureau of Labor Statistics (OEWS national estimates May 2007–2024; Employment Projections 2008-18 to 2024-34; SOC crosswalks; CPI-U),
          public domain. Related occupations: O*NET 29.3 Database, U.S. Department of Labor, Employment and Training Administration (USDOL/ETA), used under the{' '}
          <a href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a> license.
        </p>
      </footer>
      <PageScript name="site" />
    </>
  );
}
