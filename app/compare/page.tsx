import type { Metadata } from 'next';
import Link from 'next/link';
import { ChartFigure, chartImages } from '@/components/chart-figure';
import { FigureDownloads } from '@/components/figure-downloads';
import { DataTableView } from '@/components/data-table';
import { Notices } from '@/components/notices';
import { OccupationPicker } from '@/components/occupation-picker';
import { SelectionList } from '@/components/compare/selection-list';
import { ViewForm } from '@/components/compare/view-form';
import { buildComparison, MAX_OCCUPATIONS } from '@/lib/comparison';
import { comparisonFigures } from '@/lib/comparison-figures';
import { compareDownloadLinks } from '@/lib/compare-downloads';
import { compareFileHref, compareHref, parseCompareParams, type SearchParams } from '@/lib/compare-params';
import { getDataset } from '@/lib/data/get-dataset';
import { STORY } from '@/lib/story';
import { dollarChoices, dollarsParam, dollarsQuery } from '@/lib/real-dollars';

export const metadata: Metadata = { title: 'Compare occupations' };

export default async function ComparePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const request = parseCompareParams(await searchParams);
  const dataset = getDataset();
  const comparison = buildComparison(dataset, request);
  const v = comparison.vintage.vintage;
  const y = comparison.release.year;
  const codes = comparison.rows.map((r) => r.socCode);
  const d = dollarsQuery(comparison.dollars, dataset);
  const figures = codes.length ? comparisonFigures(dataset, comparison) : [];
  const notices = [...request.extraNotices, ...comparison.notices];
  return (
    <>
      <h1>Compare occupations</h1>
      <p className="lede">
        Projected growth ({v}) and wages ({comparison.release.release}) of up to {MAX_OCCUPATIONS} occupations side by side. The address of this page
        holds the selection: copy it to share this view.
      </p>
      <Notices notices={notices} />
      {comparison.lineageNotes.length ? (
        <section aria-labelledby="lineage-heading" className="lineage-notes">
          <h2 id="lineage-heading">Code changes that affect this comparison</h2>
          <ul>
            {comparison.lineageNotes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
          <p className="muted">A code that changed is compared only where it was published; each occupation&apos;s page shows its full history.</p>
        </section>
      ) : null}
      <section aria-labelledby="selection-heading" className="compare-controls">
        <h2 id="selection-heading">Your selection</h2>
        <SelectionList
          items={comparison.rows.map((r) => ({ ...r, removeHref: compareHref(codes.filter((c) => c !== r.socCode), v, y, d) }))}
        />
        <OccupationPicker selected={codes} max={MAX_OCCUPATIONS} hrefTemplate={compareHref([...codes, '{code}'], v, y, d).replace('%7Bcode%7D', '{code}')} />
        <ViewForm codes={codes} vintage={v} vintages={dataset.projectionVintages.map((x) => x.vintage)} wageYear={y} wageYears={dataset.wageReleases.map((r) => r.year)} dollars={dollarsParam(comparison.dollars)} dollarChoices={dollarChoices(dataset)} />
      </section>
      {codes.length === 0 ? (
        <p>
          Start with <Link prefetch={false} href={compareHref([STORY.socCode, ...STORY.related], STORY.vintage, STORY.wageYear)}>medical records and health information technicians beside related health careers</Link>.
        </p>
      ) : (
        <div className="charts">
          {figures.map((f, i) => (
            <ChartFigure
              key={f.slug}
              id={f.slug}
              spec={f.spec}
              images={chartImages(f.spec, (w) => compareFileHref(f.slug, 'svg', codes, v, y, w, d))}
              lazy={i > 0}
              table={<DataTableView table={f.table} />}
              tools={<FigureDownloads links={compareDownloadLinks(f.slug, f.spec.title, codes, v, y, d)} />}
            />
          ))}
        </div>
      )}
      <p>
        <Link prefetch={false} href="/releases">Whole releases as CSV</Link>: every occupation of each OEWS release and Employment Projections vintage.
      </p>
    </>
  );
}
