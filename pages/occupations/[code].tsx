import type { GetStaticPaths, GetStaticProps } from 'next';
import { PageTitle } from '@/components/page-title';
import { ProfileView } from '@/components/profile/profile-view';
import { getDataset } from '@/lib/data/get-dataset';
import { pageProps } from '@/lib/http/page-props';
import { getProfile, profileCodes } from '@/lib/profile/model';
import { toProfileView, type ProfileView as View } from '@/lib/profile/view';

// No client JavaScript (see pages/_app.tsx). `runtime` is named too: Next's type for a page's
// config does not list unstable_runtimeJS, and must share a property with it.
export const config = { runtime: 'nodejs', unstable_runtimeJS: false };

interface ProfileProps {
  view: View;
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

/** The profile's view model, plain JSON built in lib/profile/view.ts; the components only draw it. */
export const getStaticProps: GetStaticProps<ProfileProps, { code: string }> = ({ params }) => {
  const dataset = getDataset();
  const profile = params ? getProfile(dataset, params.code) : null;
  if (!profile) return { notFound: true };
  return { props: pageProps({ view: toProfileView(dataset, profile) }) };
};

export default function OccupationPage({ view }: ProfileProps) {
  return (
    <>
      <PageTitle title={`${view.title} (${view.socCode})`} />
      <ProfileView view={view} />
    </>
  );
}
