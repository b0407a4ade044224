import type { Metadata, Viewport } from 'next';
import Link from 'next/link';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Health careers in BLS data', template: '%s · Health careers in BLS data' },
  description: 'Projected growth and wages of U.S. occupations from the Bureau of Labor Statistics, charted and downloadable.',
};

export const viewport: Viewport = {
  colorScheme: 'light dark',
  width: 'device-width',
  initialScale: 1,
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">Skip to content</a>
        <header className="site-header">
          <nav aria-label="Site">
            <Link prefetch={false} href="/" className="site-name">Health careers in BLS data</Link>
            <Link prefetch={false} href="/compare">Compare</Link>
            <Link prefetch={false} href="/scorecard">Projection scorecard</Link>
          </nav>
        </header>
        <main id="main">{children}</main>
        <footer className="site-footer">
          <p>
            Data: U.S. Bureau of Labor Statistics (OEWS national estimates May 2007–2024; Employment Projections 2008-18 to 2024-34; SOC crosswalks; CPI-U),
            public domain. Related occupations: O*NET 29.3 Database, U.S. Department of Labor, Employment and Training Administration (USDOL/ETA), used under the{' '}
            <a href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a> license.
          </p>
        </footer>
      </body>
    </html>
  );
}
