import Head from 'next/head';
import { pageTitle } from '@/lib/site';

/** The document title of a Pages Router page (the App Router's pages use `metadata`). */
export function PageTitle({ title }: { title?: string }) {
  return (
    <Head>
      <title>{pageTitle(title)}</title>
    </Head>
  );
}
