import type { GetServerSideProps } from 'next';
import { AboutPage } from '@/components/about-page';
import { aboutContext, aboutOewsRelease, type AboutData } from '@/lib/about/about-data';
import { getDataset } from '@/lib/data/get-dataset';
import { getWageRelease } from '@/lib/data/occupations';
import { pageProps } from '@/lib/http/page-props';
import { oewsReleaseLinks } from '@/lib/releases/files';

// No client JavaScript (see pages/_app.tsx); `runtime` is there for Next's config type.
export const config = { runtime: 'nodejs', unstable_runtimeJS: false };

/** `/about-data/releases/oews/2024`: the provenance of `/releases/oews/2024.csv`. Rendered per request for its download date. */
export const getServerSideProps: GetServerSideProps<{ about: AboutData }> = async ({ params, req }) => {
  const year = typeof params?.year === 'string' ? params.year : '';
  const release = /^\d{4}$/.test(year) ? getWageRelease(getDataset(), Number(year)) : null;
  if (!release) return { notFound: true };
  return { props: pageProps({ about: aboutOewsRelease(release, oewsReleaseLinks(release), aboutContext(req.headers)) }) };
};

export default AboutPage;
