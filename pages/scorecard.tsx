import type { GetServerSideProps } from 'next';
import { PageTitle } from '@/components/page-title';
import { ScorecardView } from '@/components/scorecard/scorecard-view';
import { getDataset } from '@/lib/data/get-dataset';
import { pageProps } from '@/lib/http/page-props';
import { getScorecard } from '@/lib/scorecard/model';
import { scorecardPage, type ScorecardPage } from '@/lib/scorecard/page';
import { parseScorecardParams } from '@/lib/scorecard/view';

// No client JavaScript (see pages/_app.tsx); `runtime` is there for Next's config type.
export const config = { runtime: 'nodejs', unstable_runtimeJS: false };

/**
 * `/scorecard?vintage=…&group=…&sort=…&dir=…`, rendered per request from the URL: the
 * parameters are read through the scorecard's schema, and the page gets its view model
 * (lib/scorecard/page.ts) as plain props.
 */
export const getServerSideProps: GetServerSideProps<{ page: ScorecardPage }> = async ({ query }) => {
  const card = getScorecard(getDataset());
  const { view, notices } = parseScorecardParams(card, query);
  return { props: pageProps({ page: scorecardPage(card, view, notices) }) };
};

export default function Scorecard({ page }: { page: ScorecardPage }) {
  return (
    <>
      <PageTitle title="Projection scorecard" />
      <ScorecardView page={page} />
    </>
  );
}
