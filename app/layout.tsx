import type { Metadata, Viewport } from 'next';
import { SiteFrame } from '@/components/site-frame';
import { SITE_DESCRIPTION, SITE_NAME } from '@/lib/site';
import '@/components/globals.css';

// The App Router's one page: the 404 (Next answers every unmatched address with the App Router's
// not-found page once app/ exists). Every other page is in pages/, sent without client
// JavaScript (pages/_app.tsx); app/ otherwise serves files (CSV, SVG, PNG).
export const metadata: Metadata = {
  title: { default: SITE_NAME, template: `%s · ${SITE_NAME}` },
  description: SITE_DESCRIPTION,
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
        <SiteFrame>{children}</SiteFrame>
      </body>
    </html>
  );
}
