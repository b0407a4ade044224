import type { GetServerSideProps } from 'next';
import { AboutPage } from '@/components/about-page';
import { aboutContext, aboutProfileFile, aboutProfileScorecard, type AboutData } from '@/lib/about/about-data';
import { getDataset } from '@/lib/data/get-dataset';
import { pageProps } from '@/lib/http/page-props';
import { getProfile } from '@/lib/profile/model';
import { isProfileFileSlug, profileDownloadLinks, profileFile, profileScorecardLinks, profileScorecardTable, PROFILE_FILE_QUERY } from '@/lib/profile/files';
import { readQuery } from '@/lib/http/query';
import { dollarsQuery, parseDollars } from '@/lib/dollars/real-dollars';

// No client JavaScript (see pages/_app.tsx); `runtime` is there for Next's config type.
export const config = { runtime: 'nodejs', unstable_runtimeJS: false };

/** `/about-data/occupations/29-2071/wages`: the provenance of `/occupations/29-2071/wages.csv` (.svg, .png). */
export const getServerSideProps: GetServerSideProps<{ about: AboutData }> = async ({ params, query, req }) => {
  const code = typeof params?.code === 'string' ? params.code : '';
  const slug = typeof params?.file === 'string' ? params.file : '';
  const dataset = getDataset();
  const profile = getProfile(dataset, code);
  if (!profile) return { notFound: true };
  const context = aboutContext(req.headers);
  if (slug === 'scorecard') {
    const table = profileScorecardTable(dataset, profile);
    if (!table) return { notFound: true };
    const links = profileScorecardLinks(profile.socCode, `Projected against actual employment, ${profile.socCode}`);
    return { props: pageProps({ about: aboutProfileScorecard(profile, table, links, context) }) };
  }
  if (!isProfileFileSlug(slug)) return { notFound: true };
  // The page about a file reads the file's parameters as the file does: strictly.
  const read = readQuery(PROFILE_FILE_QUERY, query);
  if (read.problems.length) return { notFound: true };
  const { dollars, notice } = parseDollars(read.values.dollars, dataset);
  if (notice) return { notFound: true };
  const file = profileFile(profile, slug, { dollars, cpi: dataset.cpi });
  if (!file) return { notFound: true };
  const links = profileDownloadLinks(profile.socCode, slug, file.spec.title, dollarsQuery(dollars, dataset));
  return { props: pageProps({ about: aboutProfileFile(dataset, profile, file, dollars, links, context) }) };
};

export default AboutPage;
