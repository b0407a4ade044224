import type { Metadata, Viewport } from 'next';
import { SiteFrame } from '@/components/site-frame';
import { SITE_DESCRIPTION, SITE_NAME } from '@/lib/site';
import './globals.css';

// The App Router's pages (releases, scorecard, "about this data", its 404). The start page, the
// profiles and the comparison are in pages/, rendered without client JavaScript (pages/_app.tsx).
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
