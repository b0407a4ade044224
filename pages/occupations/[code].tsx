import type { GetStaticPaths, GetStaticProps } from 'next';
import { renderToStaticMarkup } from 'react-dom/server';
import { PageTitle } from '@/components/page-title';
import { ProfileView } from '@/components/profile/profile-view';
import { ServerHtml } from '@/components/server-html';
import { getDataset } from '@/lib/data/get-dataset';
import { getProfile, profileCodes } from '@/lib/profile/model';

// No client JavaScript (see pages/_app.tsx). `runtime` is named too: Next's type for a page's
// config does not list unstable_runtimeJS, and must share a property with it.
export const config = { runtime: 'nodejs', unstable_runtimeJS: false };

interface ProfileProps {
  title: string;
  html: string;
}

/**
 * Every code of every shipped release and vintage is built ahead; any other code is unknown and
 * gets the 404 page without rendering (`fallback: false`), so no visitor can make the server
 * render or store a page per made-up address.
 */
export const getStaticPaths: GetStaticPaths = () => ({
  paths: profileCodes(getDataset()).map((code) => ({ params: { code } })),
  fallback: false,
});

/**
 * The profile is rendered here, at build time, to markup: its model holds the releases it was
 * read from, which are not page props (plain JSON). Its styles are in pages/_app.tsx.
 */
export const getStaticProps: GetStaticProps<ProfileProps, { code: string }> = ({ params }) => {
  const dataset = getDataset();
  const profile = params ? getProfile(dataset, params.code) : null;
  if (!profile) return { notFound: true };
  return { props: { title: `${profile.title} (${profile.socCode})`, html: renderToStaticMarkup(<ProfileView dataset={dataset} profile={profile} />) } };
};

export default function OccupationPage({ title, html }: ProfileProps) {
  return (
    <>
      <PageTitle title={title} />
      <ServerHtml html={html} />
    </>
  );
}
