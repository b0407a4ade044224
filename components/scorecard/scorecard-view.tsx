import Link from 'next/link';
import { ChartFigure, chartImages } from '../chart-figure';
import { DataTableView } from '../data-table';
import { Notices } from '../notices';
import { ScorecardForm } from './scorecard-form';
import { ScorecardHeadline } from './scorecard-headline';
import { majorGroupChangeChart } from '@/lib/scorecard/chart';
import type { Scorecard } from '@/lib/scorecard/model';
import { majorGroupTable } from '@/lib/scorecard/group-table';
import { summarize, summarizeByMajorGroup } from '@/lib/scorecard/summary';
import { scorecardTable, sortableColumns, vintageSummaryTable } from '@/lib/scorecard/tables';
import { scorecardFileHref, scorecardHref, sortHref, viewEntries, type ScorecardView as View } from '@/lib/scorecard/view';
import { groupKey, SPANS_GROUPS } from '@/lib/scorecard/groups';
import styles from './scorecard.module.css';

/** The projection scorecard: one vintage against the employment BLS later counted, by group and by occupation. */
export function ScorecardView({ card, view, notices }: { card: Scorecard; view: View; notices: string[] }) {
  const v = view.vintage;
  const state = { vintage: v.vintage, group: view.group, sort: view.sort, dir: view.dir };
  const entries = viewEntries(view);
  const table = scorecardTable(view, entries);
  const sortable = sortableColumns(v);
  const activeKey = Object.keys(sortable).find((k) => sortable[k] === view.sort) ?? null;
  const spec = majorGroupChangeChart(v);
  const groups = majorGroupTable(v);
  const groupLines = summarizeByMajorGroup(v);
  const vintages = vintageSummaryTable(card);
  // A single-code row links to its profile; a group of codes has none to link to.
  const rowHrefs = entries.map((e) => (e.projected.length === 1 ? `/occupations/${e.projected[0]!.socCode}` : null));
  const quickSorts = [
    { label: 'Largest misses first', sort: 'abs-error', dir: 'desc' },
    { label: 'Projected too high first', sort: 'error', dir: 'desc' },
    { label: 'Projected too low first', sort: 'error', dir: 'asc' },
  ] as const;
  return (
    <>
      <h1>Projection scorecard</h1>
      <p className="lede">
        Did BLS’s employment projections come true? For each projections vintage whose target year has passed, every occupation’s projected employment in
        that year beside the employment BLS published for it later, as the base year of a newer vintage.
      </p>
      <Notices notices={notices} />
      <nav aria-label="Projections vintages" className={styles.vintages}>
        <ul>
          {card.vintages.map((x) => (
            <li key={x.vintage}>
              <Link prefetch={false} href={scorecardHref({ vintage: x.vintage })} aria-current={x.vintage === v.vintage ? 'page' : undefined}>
                {x.vintage} <span className="muted">against {x.actualVintage}</span>
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      <section aria-labelledby="vintage-heading">
        <h2 id="vintage-heading">Projections {v.vintage} against {v.actualVintage}</h2>
        <ScorecardHeadline vintage={v} summary={summarize(v.entries)} />
        <div className={styles.figure}>
          <ChartFigure
            id="groups"
            spec={spec}
            images={chartImages(spec, (w) => scorecardFileHref('groups.svg', { vintage: v.vintage }, w))}
            table={<DataTableView table={groups} rowHrefs={groupLines.map((g) => `${scorecardHref({ ...state, group: groupKey(g.code) })}#occupations`)} />}
            tools={
              <p className={styles.downloads}>
                <a href={scorecardFileHref('groups.csv', { vintage: v.vintage })} download>Download the major-group table (CSV)</a>{' '}
                <a href={`${scorecardFileHref('groups.svg', { vintage: v.vintage })}&download=1`} download>Download the chart (SVG)</a>{' '}
                <a href={`${scorecardFileHref('groups.png', { vintage: v.vintage })}&download=1`} download>Download the chart (PNG)</a>
              </p>
            }
          />
        </div>
      </section>

      <section aria-labelledby="occupations-heading" id="occupations">
        <h2 id="occupations-heading">Occupations</h2>
        <ScorecardForm
          vintage={v.vintage}
          vintages={card.vintages}
          group={view.group}
          groups={groupLines.filter((g) => g.summary.occupations > 0).map((g) => ({ value: groupKey(g.code), label: g.code === SPANS_GROUPS ? g.title : `${g.code.slice(0, 2)} ${g.title.replace(/\s+occupations$/i, '')}` }))}
          sort={view.sort}
          dir={view.dir}
        />
        <p className={styles.tools}>
          Sort:{' '}
          {quickSorts.map((q, i) => (
            <span key={q.label}>
              {i > 0 ? ' · ' : ''}
              <Link prefetch={false} href={`${scorecardHref({ ...state, sort: q.sort, dir: q.dir })}#occupations`} aria-current={view.sort === q.sort && view.dir === q.dir ? 'true' : undefined}>{q.label}</Link>
            </span>
          ))}
          {' · '}
          <Link prefetch={false} href={`${scorecardHref({ ...state, sort: 'code', dir: 'asc' })}#occupations`}>By code</Link>
          . Or select a column heading.
        </p>
        <p className={styles.downloads}>
          <a href={scorecardFileHref('scorecard.csv', state)} download>Download this table (CSV, {table.rows.length} rows)</a>
        </p>
        <div className={styles.occupationTable}>
          <DataTableView
            table={table}
            rowHrefs={rowHrefs}
            sort={{
              hrefs: Object.fromEntries(Object.entries(sortable).map(([key, sort]) => [key, `${sortHref(view, sort)}#occupations`])),
              active: activeKey ? { key: activeKey, dir: view.dir } : null,
            }}
          />
        </div>
      </section>

      <section aria-labelledby="all-vintages-heading">
        <h2 id="all-vintages-heading">Every scored vintage</h2>
        <DataTableView table={vintages} rowHrefs={card.vintages.map((x) => scorecardHref({ vintage: x.vintage }))} />
        <p className={styles.downloads}>
          <a href={scorecardFileHref('vintages.csv', { vintage: v.vintage })} download>Download the table of vintages (CSV)</a>
        </p>
      </section>

      <section aria-labelledby="method-heading">
        <h2 id="method-heading">How the comparison is made</h2>
        <ul className={styles.method}>
          <li>
            <strong>Projected</strong>: the target-year employment in Table 1.2 of the vintage. <strong>Actual</strong>: the base-year employment of the
            vintage based in that year ({card.vintages.map((x) => `${x.actualVintage} for ${x.targetYear}`).join(', ')}). Both are BLS Employment
            Projections figures in thousands, including the self-employed, so they differ from OEWS counts.
          </li>
          <li>
            <strong>Error</strong> = projected − actual, in jobs and as a percent of actual: above zero, BLS projected too many jobs. Percent changes are
            against the projection’s base year; the projected change is BLS’s published figure where one code is compared.
          </li>
          <li>
            Codes are followed from the {v.projectionCodes} codes of {v.vintage} to the {v.actualCodes} codes of {v.actualVintage} through the BLS SOC
            crosswalks and the OEWS 2019 hybrid structure. The same code, or a code renamed one to one, is like for like. Where codes split, merged or
            were regrouped, both sides are summed over the linked codes and the row says it is not like for like. A code in no crosswalk is not compared,
            with the reason.
          </li>
          <li>
            <strong>Major groups</strong>: the projected and actual change of a group are BLS’s own group rows (xx-0000) of {v.vintage} and of{' '}
            {v.actualVintage}. Where the classification moved codes between groups, the two rows hold different occupations, and the table names the
            codes that moved. A group’s error figures are those of its occupations; a comparison whose codes lie in several groups is on a line of its
            own (“spans groups”).
          </li>
          <li>Summaries count each compared row once; mean and median absolute error are of the rows’ percent errors.</li>
        </ul>
        <p className="source">Source: {v.projectionSource}; {v.actualSource}.</p>
      </section>
    </>
  );
}
