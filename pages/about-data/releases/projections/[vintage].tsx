import type { GetServerSideProps } from 'next';
import { AboutPage } from '@/components/about-page';
import { aboutContext, aboutProjectionVintage, type AboutData } from '@/lib/about/about-data';
import { getDataset } from '@/lib/data/get-dataset';
import { getVintage } from '@/lib/data/occupations';
import { pageProps } from '@/lib/http/page-props';
import { projectionVintageLinks } from '@/lib/releases/files';

// No client JavaScript (see pages/_app.tsx); `runtime` is there for Next's config type.
export const config = { runtime: 'nodejs', unstable_runtimeJS: false };

/** `/about-data/releases/projections/2024-34`: the provenance of `/releases/projections/2024-34.csv`. Rendered per request for its download date. */
export const getServerSideProps: GetServerSideProps<{ about: AboutData }> = async ({ params, req }) => {
  const name = typeof params?.vintage === 'string' ? params.vintage : '';
  const vintage = getVintage(getDataset(), name);
  if (!vintage) return { notFound: true };
  return { props: pageProps({ about: aboutProjectionVintage(vintage, projectionVintageLinks(vintage), aboutContext(req.headers)) }) };
};

export default AboutPage;
