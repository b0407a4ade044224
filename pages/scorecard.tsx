import type { GetServerSideProps } from 'next';
import { renderToStaticMarkup } from 'react-dom/server';
import { PageTitle } from '@/components/page-title';
import { ScorecardView } from '@/components/scorecard/scorecard-view';
import { ServerHtml } from '@/components/server-html';
import { getDataset } from '@/lib/data/get-dataset';
import { getScorecard } from '@/lib/scorecard/model';
import { parseScorecardParams } from '@/lib/scorecard/view';

// No client JavaScript (see pages/_app.tsx); `runtime` is there for Next's config type.
export const config = { runtime: 'nodejs', unstable_runtimeJS: false };

/**
 * `/scorecard?vintage=…&group=…&sort=…&dir=…`, rendered per request from the URL. The view's
 * model holds the vintage's scored entries with their lineage, not plain JSON, so it is rendered
 * to markup here; its CSS modules are imported in pages/_app.tsx.
 */
export const getServerSideProps: GetServerSideProps<{ html: string }> = async ({ query }) => {
  const card = getScorecard(getDataset());
  const { view, notices } = parseScorecardParams(card, query);
  return { props: { html: renderToStaticMarkup(<ScorecardView card={card} view={view} notices={notices} />) } };
};

export default function ScorecardPage({ html }: { html: string }) {
  return (
    <>
      <PageTitle title="Projection scorecard" />
      <ServerHtml html={html} />
    </>
  );
}
