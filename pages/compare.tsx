import type { GetServerSideProps } from 'next';
import Link from 'next/link';
import { ChartFigure, chartImages } from '@/components/chart-figure';
import { OccupationSearch, type OccupationSearchProps } from '@/components/compare/occupation-search';
import { SelectionList, type SelectedOccupation } from '@/components/compare/selection-list';
import { ViewForm, type ViewFormProps } from '@/components/compare/view-form';
import { DataTableView } from '@/components/data-table';
import { FigureDownloads } from '@/components/figure-downloads';
import { Notices } from '@/components/notices';
import { PageTitle } from '@/components/page-title';
import { ComparisonSummary } from '@/components/compare/comparison-summary';
import { compareDownloadLinks } from '@/lib/comparison/files';
import { compareFileHref, compareHref, parseCompareParams, readFindParam } from '@/lib/comparison/params';
import { buildComparison, MAX_OCCUPATIONS } from '@/lib/comparison/model';
import { comparisonFigures, type Figure } from '@/lib/comparison/figures';
import { getDataset } from '@/lib/data/get-dataset';
import { getOccupationIndex } from '@/lib/data/occupations';
import { pageProps } from '@/lib/http/page-props';
import { dollarChoices, dollarsParam, dollarsQuery } from '@/lib/dollars/real-dollars';
import { searchResults } from '@/lib/search/results';
import { STORY } from '@/lib/home/story';
import { changeHref, readSelectionChange, selectionStatus } from '@/lib/comparison/selection-change';
import { comparisonTable } from '@/lib/comparison/tables';
import { handoutLine } from '@/lib/comparison/handout';
import type { DataTable } from '@/lib/tables/table';

// No client JavaScript (see pages/_app.tsx). `runtime` is named too: Next's type for a page's
// config does not list unstable_runtimeJS, and must share a property with it.
export const config = { runtime: 'nodejs', unstable_runtimeJS: false };

/** The most matches the search lists; the rest are counted. */
const SEARCH_RESULTS_SHOWN = 20;

interface CompareProps {
  codes: string[];
  vintage: string;
  wageYear: number;
  /** The `dollars` value of this comparison's URLs (null: the default). */
  dollars: string | null;
  wageRelease: string;
  selection: SelectedOccupation[];
  notices: string[];
  lineageNotes: string[];
  figures: Figure[];
  /** The table at a glance, or null with nothing selected. */
  summary: DataTable | null;
  /** What the Add or Remove link just did ("Added Medical assistants, 4 occupations selected."), or null. */
  status: string | null;
  /** The page's address and today's date, printed on the handout. */
  handout: { address: string; date: string };
  /** Every source of the figures, listed on the handout. */
  sources: string[];
  view: Omit<ViewFormProps, 'codes' | 'vintage' | 'wageYear'>;
  search: Pick<OccupationSearchProps, 'find' | 'results' | 'total'>;
}

/** Rendered per request from the URL, which holds the whole state: selection, vintage, release, dollars, search. */
export const getServerSideProps: GetServerSideProps<CompareProps> = async ({ query, req }) => {
  const request = parseCompareParams(query);
  const change = readSelectionChange(query);
  const find = readFindParam(query);
  const dataset = getDataset();
  const comparison = buildComparison(dataset, request);
  const vintage = comparison.vintage.vintage;
  const wageYear = comparison.release.year;
  const codes = comparison.rows.map((r) => r.socCode);
  const dollars = dollarsQuery(comparison.dollars, dataset);
  const matches = find.text ? searchResults(dataset, find.text, SEARCH_RESULTS_SHOWN, codes) : { results: [], total: 0 };
  const results = matches.results.map((r) => ({
    ...r,
    action: { label: 'Add', href: changeHref(compareHref([...codes, r.socCode], vintage, wageYear, dollars), { kind: 'added', socCode: r.socCode }) },
  }));
  const figures = codes.length ? comparisonFigures(dataset, comparison) : [];
  const index = getOccupationIndex(dataset);
  return {
    props: pageProps({
      codes,
      vintage,
      wageYear,
      dollars,
      wageRelease: comparison.release.release,
      selection: comparison.rows.map((r) => ({ socCode: r.socCode, title: r.title, color: r.color, removeHref: changeHref(compareHref(codes.filter((c) => c !== r.socCode), vintage, wageYear, dollars), { kind: 'removed', socCode: r.socCode }) })),
      status: selectionStatus(change, comparison.rows, (code) => index.byCode.get(code)?.title ?? null),
      summary: codes.length ? comparisonTable(comparison) : null,
      handout: handoutLine(req.headers.host, req.headers['x-forwarded-proto'], compareHref(codes, vintage, wageYear, dollars), new Date()),
      sources: [...new Set(figures.flatMap((f) => f.spec.source.split('; ')))],
      notices: [...request.extraNotices, ...find.notices, ...comparison.notices],
      lineageNotes: comparison.lineageNotes,
      figures,
      view: {
        vintages: dataset.projectionVintages.map((x) => x.vintage),
        wageYears: dataset.wageReleases.map((r) => r.year),
        dollars: dollarsParam(comparison.dollars),
        dollarChoices: dollarChoices(dataset),
      },
      search: { find: find.text, results, total: matches.total },
    }),
  };
};

export default function ComparePage({ codes, vintage, wageYear, dollars, wageRelease, selection, notices, lineageNotes, figures, summary, status, handout, sources, view, search }: CompareProps) {
  return (
    <>
      <PageTitle title="Compare occupations" />
      <h1>Compare occupations</h1>
      <p className="print-only">Printed from {handout.address} on {handout.date}.</p>
      <p className="lede no-print">
        Projected growth ({vintage}) and wages ({wageRelease}) of up to {MAX_OCCUPATIONS} occupations side by side. The address of this page holds the
        selection: copy it to share this view.
      </p>
      <Notices notices={notices} />
      {lineageNotes.length ? (
        <section aria-labelledby="lineage-heading" className="lineage-notes">
          <h2 id="lineage-heading">Code changes that affect this comparison</h2>
          <ul>
            {lineageNotes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
          <p className="muted">A code that changed is compared only where it was published; each occupation&apos;s page shows its full history.</p>
        </section>
      ) : null}
      <section aria-labelledby="selection-heading" className="compare-controls">
        <h2 id="selection-heading">Your selection</h2>
        {/* Add and Remove links end at #status: the browser focuses this message, and a screen reader reads it. */}
        <p id="status" role="status" tabIndex={-1} className="selection-status">{status}</p>
        <SelectionList items={selection} />
        <OccupationSearch {...search} codes={codes} vintage={vintage} wageYear={wageYear} dollars={dollars} max={MAX_OCCUPATIONS} />
        <ViewForm codes={codes} vintage={vintage} wageYear={wageYear} {...view} />
      </section>
      {codes.length === 0 ? (
        <p>
          Start with <Link prefetch={false} href={compareHref([STORY.socCode, ...STORY.related], STORY.vintage, STORY.wageYear)}>medical records and health information technicians beside related health careers</Link>.
        </p>
      ) : (
        <>
        {summary ? <ComparisonSummary table={summary} links={compareDownloadLinks('comparison', summary.caption, codes, vintage, wageYear, dollars)} /> : null}
        <div className="charts below-first-screen">
          {figures.map((f, i) => (
            <ChartFigure
              key={f.slug}
              id={f.slug}
              spec={f.spec}
              images={chartImages(f.spec, (w) => compareFileHref(f.slug, 'svg', codes, vintage, wageYear, w, dollars))}
              lazy={i > 0}
              table={<DataTableView table={f.table} />}
              tools={<FigureDownloads links={compareDownloadLinks(f.slug, f.spec.title, codes, vintage, wageYear, dollars)} />}
            />
          ))}
        </div>
        </>
      )}
      {sources.length ? (
        <section aria-labelledby="sources-heading" className="print-only">
          <h2 id="sources-heading">Sources</h2>
          <ul>{sources.map((s) => <li key={s}>{s}</li>)}</ul>
        </section>
      ) : null}
      <p className="no-print">
        <Link prefetch={false} href="/releases">Whole releases as CSV</Link>: every occupation of each OEWS release and Employment Projections vintage.
      </p>
    </>
  );
}
