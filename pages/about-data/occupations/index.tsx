import type { GetServerSideProps } from 'next';
import { AboutPage } from '@/components/about-page';
import { aboutContext, type AboutData } from '@/lib/about/about-data';
import { getDataset } from '@/lib/data/get-dataset';
import { aboutFinder } from '@/lib/finder/about';
import { parseFinderParams } from '@/lib/finder/params';
import { pageProps } from '@/lib/http/page-props';

// No client JavaScript (see pages/_app.tsx); `runtime` is there for Next's config type.
export const config = { runtime: 'nodejs', unstable_runtimeJS: false };

/** `/about-data/occupations?…`: the provenance of `/occupations.csv?…` (same parameters), rendered per request for its download date. */
export const getServerSideProps: GetServerSideProps<{ about: AboutData }> = async ({ query, req }) => {
  const { params } = parseFinderParams(query);
  return { props: pageProps({ about: aboutFinder(getDataset(), params, aboutContext(req.headers)) }) };
};

export default AboutPage;
