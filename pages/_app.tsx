import type { AppProps } from 'next/app';
import Head from 'next/head';
import { SiteFrame } from '@/components/site-frame';
import { SITE_DESCRIPTION } from '@/lib/site';
import '@/components/globals.css';
// Every CSS module the pages' components use, so that markup rendered in getStaticProps or
// getServerSideProps (profiles, scorecard) finds its classes; tests/unit/pages-styles.test.ts
// checks none is missing. One small stylesheet for the whole site.
import '@/components/about-data.module.css';
import '@/components/figure-downloads.module.css';
import '@/components/finder/finder.module.css';
import '@/components/profile/profile.module.css';
import '@/components/releases.module.css';
import '@/components/scorecard/scorecard-form.module.css';
import '@/components/scorecard/scorecard.module.css';

/**
 * Every page of the site but the 404 is a Pages Router page that sends no JavaScript (`unstable_runtimeJS:
 * false` in each): every chart is an image drawn on the server and every control a link or a GET
 * form, so the browser has only HTML and CSS to paint. The App Router's client runtime (about
 * 142 KiB gzip) delayed the largest paint by over a second on a phone (bench/DIAGNOSIS.md); the
 * App Router (app/) serves the files (CSV, SVG, PNG) and the 404, which Next always takes from it.
 */
export default function App({ Component, pageProps }: AppProps) {
  return (
    <>
      <Head>
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light dark" />
        <meta name="description" content={SITE_DESCRIPTION} />
      </Head>
      <SiteFrame>
        <Component {...pageProps} />
      </SiteFrame>
    </>
  );
}
