import type { AppProps } from 'next/app';
import Head from 'next/head';
import { SiteFrame } from '@/components/site-frame';
import { SITE_DESCRIPTION } from '@/lib/site';
import '@/app/globals.css';
// Every CSS module the pages' components use, so that markup rendered in getStaticProps (the
// profiles) finds its classes; tests/unit/pages-styles.test.ts checks none is missing.
import '@/components/figure-downloads.module.css';
import '@/components/profile/profile.module.css';

/**
 * The pages a person reads first (start page, occupation profiles, the comparison, the 404) are
 * Pages Router pages that send no JavaScript (`unstable_runtimeJS: false` in each): every chart is
 * an image drawn on the server and every control a link or a GET form, so the browser has only
 * HTML and CSS to paint. The App Router's client runtime (about 142 KiB gzip) delayed their
 * largest paint by over a second on a phone (bench/DIAGNOSIS.md).
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
