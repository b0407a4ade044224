import type { GetServerSideProps } from 'next';
import { AboutPage } from '@/components/about-page';
import { aboutContext, aboutCompareFile, type AboutData } from '@/lib/about/about-data';
import { compareDownloadLinks, isCompareFileSlug, readCompareFile } from '@/lib/comparison/files';
import { getDataset } from '@/lib/data/get-dataset';
import { pageProps } from '@/lib/http/page-props';

// No client JavaScript (see pages/_app.tsx); `runtime` is there for Next's config type.
export const config = { runtime: 'nodejs', unstable_runtimeJS: false };

/**
 * `/about-data/compare/growth?occupations=…&vintage=…&release=…`: the provenance of
 * `/compare/growth.csv` (and .svg, .png) with the same query. A query the file would refuse is a
 * 404 here. Rendered per request for its download date.
 */
export const getServerSideProps: GetServerSideProps<{ about: AboutData }> = async ({ params, query, req }) => {
  const slug = typeof params?.file === 'string' ? params.file : '';
  if (!isCompareFileSlug(slug)) return { notFound: true };
  const dataset = getDataset();
  const asked = readCompareFile(dataset, query, slug);
  if (!asked.ok) return { notFound: true };
  const { read, comparison, file } = asked;
  const links = compareDownloadLinks(slug, file.title, read.codes, read.vintage.vintage, read.release.year, read.dollars);
  return { props: pageProps({ about: aboutCompareFile(dataset, comparison, file, links, aboutContext(req.headers)) }) };
};

export default AboutPage;
