import Link from 'next/link';
import { ChartFigure, chartImages } from '../chart-figure';
import { DataTableView } from '../data-table';
import { Notices } from '../notices';
import { ScorecardForm } from './scorecard-form';
import { ScorecardHeadline } from './scorecard-headline';
import type { ScorecardPage } from '@/lib/scorecard/page';
import styles from './scorecard.module.css';

/** The projection scorecard: one vintage against the employment BLS later counted, by group and by occupation. */
export function ScorecardView({ page: p }: { page: ScorecardPage }) {
  const g = p.groupsChart;
  return (
    <>
      <h1>Projection scorecard</h1>
      <p className="lede">
        Did BLS’s employment projections come true? For each projections vintage whose target year has passed, every occupation’s projected employment in
        that year beside the employment BLS published for it later, as the base year of a newer vintage.
      </p>
      <Notices notices={p.notices} />
      <nav aria-label="Projections vintages" className={styles.vintages}>
        <ul>
          {p.vintages.map((x) => (
            <li key={x.vintage}>
              <Link prefetch={false} href={x.href} aria-current={x.current ? 'page' : undefined}>
                {x.vintage} <span className="muted">against {x.actualVintage}</span>
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      <section aria-labelledby="vintage-heading">
        <h2 id="vintage-heading">Projections {p.vintage} against {p.actualVintage}</h2>
        <ScorecardHeadline targetYear={p.targetYear} total={p.total} summary={p.summary} />
        <div className={styles.figure}>
          <ChartFigure
            id="groups"
            spec={g.spec}
            images={chartImages(g.spec, (w) => g.hrefs[w])}
            table={<DataTableView table={g.table} rowHrefs={g.rowHrefs} />}
            tools={
              <p className={styles.downloads}>
                <a href={g.downloads.csv} download>Download the major-group table (CSV)</a>{' '}
                <a href={g.downloads.svg} download>Download the chart (SVG)</a>{' '}
                <a href={g.downloads.png} download>Download the chart (PNG)</a>
              </p>
            }
          />
        </div>
      </section>

      <section aria-labelledby="occupations-heading" id="occupations">
        <h2 id="occupations-heading">Occupations</h2>
        <ScorecardForm vintage={p.vintage} vintages={p.vintages} {...p.form} />
        <p className={styles.tools}>
          Sort:{' '}
          {p.quickSorts.map((q, i) => (
            <span key={q.label}>
              {i > 0 ? ' · ' : ''}
              <Link prefetch={false} href={q.href} aria-current={q.current ? 'true' : undefined}>{q.label}</Link>
            </span>
          ))}
          {' · '}
          <Link prefetch={false} href={p.byCodeHref}>By code</Link>
          . Or select a column heading.
        </p>
        <p className={styles.downloads}>
          <a href={p.occupations.csv} download>Download this table (CSV, {p.occupations.table.rows.length} rows)</a>
        </p>
        <div className={styles.occupationTable}>
          <DataTableView
            table={p.occupations.table}
            rowHrefs={p.occupations.rowHrefs}
            sort={{ hrefs: p.occupations.sortHrefs, active: p.occupations.active }}
          />
        </div>
      </section>

      <section aria-labelledby="all-vintages-heading">
        <h2 id="all-vintages-heading">Every scored vintage</h2>
        <DataTableView table={p.allVintages.table} rowHrefs={p.allVintages.rowHrefs} />
        <p className={styles.downloads}>
          <a href={p.allVintages.csv} download>Download the table of vintages (CSV)</a>
        </p>
      </section>

      <section aria-labelledby="method-heading">
        <h2 id="method-heading">How the comparison is made</h2>
        <ul className={styles.method}>
          <li>
            <strong>Projected</strong>: the target-year employment in Table 1.2 of the vintage. <strong>Actual</strong>: the base-year employment of the
            vintage based in that year ({p.method.actualYears}). Both are BLS Employment
            Projections figures in thousands, including the self-employed, so they differ from OEWS counts.
          </li>
          <li>
            <strong>Error</strong> = projected − actual, in jobs and as a percent of actual: above zero, BLS projected too many jobs. Percent changes are
            against the projection’s base year; the projected change is BLS’s published figure where one code is compared.
          </li>
          <li>
            Codes are followed from the {p.method.projectionCodes} codes of {p.vintage} to the {p.method.actualCodes} codes of {p.actualVintage} through the BLS SOC
            crosswalks and the OEWS 2019 hybrid structure. The same code, or a code renamed one to one, is like for like. Where codes split, merged or
            were regrouped, both sides are summed over the linked codes and the row says it is not like for like. A code in no crosswalk is not compared,
            with the reason.
          </li>
          <li>
            <strong>Major groups</strong>: the projected and actual change of a group are BLS’s own group rows (xx-0000) of {p.vintage} and of{' '}
            {p.actualVintage}. Where the classification moved codes between groups, the two rows hold different occupations, and the table names the
            codes that moved. A group’s error figures are those of its occupations; a comparison whose codes lie in several groups is on a line of its
            own (“spans groups”).
          </li>
          <li>Summaries count each compared row once; mean and median absolute error are of the rows’ percent errors.</li>
        </ul>
        <p className="source">Source: {p.method.projectionSource}; {p.method.actualSource}.</p>
      </section>
    </>
  );
}
