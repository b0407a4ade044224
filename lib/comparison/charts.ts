import { wageTrail, type Comparison, type ComparisonRow } from './model';
import type { WageRelease } from '../data/assemble';
import type { WageEstimate } from '../bls/oews';
import type { CpiAnnualSeries } from '../bls/cpi';
import type { Estimate } from '../bls/types';
import { dollarsLabel, estimateIn, inDollars, type Dollars } from '../dollars/real-dollars';
import { displayEstimate, drawnValue, isTopCoded } from '../tables/estimates';
import { formatHourlyUsd, formatOewsPeriod, formatPercent, formatProjectionPeriod, formatUsd } from '../tables/format';
import { epSource, oewsSource } from '../tables/sources';
import type { BarDatum, ChartSpec, LineSeries, RangeDatum } from '../charts/spec';
import { lineTopCodeNote } from '../charts/line-notes';
import { findingForBars } from './findings';

const legendOf = (rows: ComparisonRow[]) => rows.map((r) => ({ label: r.title, color: r.color }));

/** Projected percent change in employment, one bar per occupation, with the all-occupations average. */
export function growthChart(c: Comparison): ChartSpec {
  const v = c.vintage;
  const bars: BarDatum[] = c.rows.map((r) => ({
    key: r.socCode,
    label: r.title,
    color: r.color,
    value: drawnValue(r.projection?.changePercent ?? null),
    display: r.projection ? displayEstimate(r.projection.changePercent, 'percent') : `Not in the ${v.vintage} projections`,
    topCoded: false,
  }));
  const all = drawnValue(c.allOccupations.projection?.changePercent ?? null);
  return {
    kind: 'bar',
    id: `growth-${v.vintage}`,
    title: `Projected employment change, ${formatProjectionPeriod(v.baseYear, v.targetYear)}`,
    subtitle: `Percent change in employment, ${v.baseYear}–${v.targetYear} (BLS projection)`,
    source: epSource(v),
    referencePeriod: formatProjectionPeriod(v.baseYear, v.targetYear),
    altText: findingForBars(bars, 'percent', 'grows fastest', all != null ? { label: 'the all-occupations average', value: all } : null),
    legend: legendOf(c.rows),
    notes: missingNotes(bars),
    format: 'percent',
    bars,
    reference: all != null ? { value: all, label: `All occupations ${formatPercent(all)}` } : null,
  };
}

/** Median annual wage from the chosen OEWS release, with the all-occupations median. */
export function medianWageChart(c: Comparison): ChartSpec {
  const r = c.release;
  const bars: BarDatum[] = c.rows.map((row) => ({
    key: row.socCode,
    label: row.title,
    color: row.color,
    value: drawnValue(row.wage?.annual.median ?? null),
    display: row.wage ? wageDisplay(row) : `Not in the ${r.release} release`,
    topCoded: isTopCoded(row.wage?.annual.median ?? null),
  }));
  const all = drawnValue(c.allOccupations.wage?.annual.median ?? null);
  const topNote = bars.some((b) => b.topCoded) ? [topCodeNote(c)] : [];
  return {
    kind: 'bar',
    id: `median-wage-${r.year}`,
    title: `Median annual wage, ${formatOewsPeriod(r.year)}`,
    subtitle: 'Median annual wage, U.S. dollars (half of workers earn more, half less)',
    source: oewsSource(r),
    referencePeriod: formatOewsPeriod(r.year),
    altText: findingForBars(bars, 'usd', 'pays the most', all != null ? { label: 'the all-occupations median', value: all } : null),
    legend: legendOf(c.rows),
    notes: [...topNote, ...missingNotes(bars)],
    format: 'usd',
    bars,
    reference: all != null ? { value: all, label: `All occupations ${formatUsd(all)}` } : null,
  };
}

/** 10th to 90th percentile annual wages per occupation. */
export function wageRangeChart(c: Comparison): ChartSpec {
  const r = c.release;
  const rows: RangeDatum[] = c.rows.map((row) => {
    const a = row.wage?.annual;
    const est = a ? [a.pct10, a.pct25, a.median, a.pct75, a.pct90] : [];
    const percentiles = [0, 1, 2, 3, 4].map((i) => drawnValue(est[i] ?? null)) as RangeDatum['percentiles'];
    const topCoded = [0, 1, 2, 3, 4].map((i) => isTopCoded(est[i] ?? null)) as RangeDatum['topCoded'];
    const display = a
      ? `${displayEstimate(a.pct10, 'usd')} – ${displayEstimate(a.pct90, 'usd')}`.replace(/Not available: [^–]*/g, 'n/a ')
      : `Not in the ${r.release} release`;
    return { key: row.socCode, label: row.title, color: row.color, percentiles, topCoded, display };
  });
  const all = drawnValue(c.allOccupations.wage?.annual.median ?? null);
  const widest = [...rows].filter((x) => x.percentiles[0] != null && x.percentiles[4] != null)
    .sort((x, y) => (y.percentiles[4]! - y.percentiles[0]!) - (x.percentiles[4]! - x.percentiles[0]!))[0];
  return {
    kind: 'range',
    id: `wage-range-${r.year}`,
    title: `Wage range, ${formatOewsPeriod(r.year)}`,
    subtitle: 'Annual wage at the 10th, 25th, 50th (median), 75th and 90th percentiles, U.S. dollars',
    source: oewsSource(r),
    referencePeriod: formatOewsPeriod(r.year),
    altText: widest
      ? `Annual wage ranges from the 10th to the 90th percentile. ${widest.label} has the widest range: ${widest.display}.`
      : 'No wage percentiles are published for the selected occupations in this release.',
    legend: [
      { label: '10th–25th and 75th–90th percentile', color: '#9a9a9a' },
      { label: '25th–75th percentile, split at the median', color: '#4a4a4a' },
    ],
    notes: rows.some((x) => x.topCoded.some(Boolean)) ? [topCodeNote(c)] : [],
    format: 'usd',
    rows,
    reference: all != null ? { value: all, label: `All occupations median ${formatUsd(all)}` } : null,
  };
}

function wageDisplay(row: ComparisonRow): string {
  const w = row.wage!;
  if (w.hourlyOnly && w.annual.median.kind === 'missing') {
    const h = w.hourly.median;
    return h.kind === 'value' ? `Hourly wage only: ${hourlyText(h.value)}` : 'Hourly wage only; no annual wage';
  }
  return displayEstimate(w.annual.median, 'usd');
}

function topCodeNote(c: Comparison): string {
  const t = c.release.topCodes.annual;
  return t != null
    ? `≥ ${formatUsd(t)}: the wage is at or above the top code of the ${c.release.release} release (BLS does not publish higher values); the bar is drawn to the top code and hatched.`
    : `≥: the wage is at or above the ${c.release.release} top code, which that release's files do not state.`;
}

function missingNotes(bars: BarDatum[]): string[] {
  return bars.filter((b) => b.value == null).map((b) => `${b.label}: ${b.display.replace(/^Not available: /, 'not available, ')}.`);
}

/** Projected growth against median wage: one point per selected occupation over the rest of the release. */
export function growthVsWageChart(c: Comparison): ChartSpec {
  const v = c.vintage;
  const r = c.release;
  const wageByCode = new Map<string, number>();
  for (const e of r.estimates) {
    if (e.level === 'detailed' && e.annual.median.kind === 'value') wageByCode.set(e.socCode, e.annual.median.value);
  }
  const context = v.projections
    .filter((p) => p.level === 'detailed' && p.changePercent.kind === 'value' && wageByCode.has(p.socCode))
    .map((p) => ({ x: wageByCode.get(p.socCode)!, y: (p.changePercent as { value: number }).value }));
  const points = c.rows.flatMap((row) => {
    const x = row.wage?.annual.median.kind === 'value' ? row.wage.annual.median.value : null;
    const y = row.projection?.changePercent.kind === 'value' ? row.projection.changePercent.value : null;
    return x != null && y != null ? [{ key: row.socCode, label: row.title, color: row.color, x, y }] : [];
  });
  const missing = c.rows.filter((row) => !points.some((p) => p.key === row.socCode));
  const allWage = drawnValue(c.allOccupations.wage?.annual.median ?? null);
  const allGrowth = drawnValue(c.allOccupations.projection?.changePercent ?? null);
  const better = allWage != null && allGrowth != null ? points.filter((p) => p.x > allWage && p.y > allGrowth) : [];
  return {
    kind: 'scatter',
    id: `growth-vs-wage-${v.vintage}-${r.year}`,
    title: `Projected growth against median wage`,
    subtitle: `Percent change in employment ${v.baseYear}–${v.targetYear} (EP ${v.vintage}) against median annual wage, ${formatOewsPeriod(r.year)}`,
    source: `${epSource(v)}; ${oewsSource(r)}`,
    referencePeriod: `${formatProjectionPeriod(v.baseYear, v.targetYear)}; ${formatOewsPeriod(r.year)}`,
    altText: points.length === 0
      ? 'None of the selected occupations has both a projected change and a median wage.'
      : `${better.length} of ${points.length} selected occupations both grow faster and pay more than all occupations${better.length ? `: ${better.map((p) => p.label).join(', ')}` : ''}. Grey dots are the other ${context.length} occupations.`,
    // Numbered: on a phone, and where names would collide, the plot writes each point's number.
    legend: [...points.map((p, i) => ({ label: p.label, color: p.color, number: i + 1 })), { label: 'Other occupations', color: '#b5b5b5', dot: true }],
    notes: missing.map((row) => `${row.title}: not drawn; it lacks a projected change or a median wage in these releases.`),
    x: { label: 'Median annual wage', format: 'usd', reference: allWage != null ? { value: allWage, label: `All occupations ${formatUsd(allWage)}` } : null },
    y: { label: 'Projected change, %', format: 'percent', reference: allGrowth != null ? { value: allGrowth, label: `All occupations ${formatPercent(allGrowth)}` } : null },
    points,
    context,
  };
}

/**
 * Median annual wage in every shipped OEWS release, per selected occupation, followed through
 * one-to-one code changes as the profile's wage history is (29-1211 anesthesiologists from
 * 29-1061); one line per comparable segment, so nothing is joined across a split or a merge.
 */
export function wageTrendChart(c: Comparison, releases: readonly WageRelease[], cpi: CpiAnnualSeries | null): ChartSpec {
  const rows = c.rows.map((row) => ({
    row,
    trail: wageTrail(row, releases).map((t, i) => (t ? { ...t, year: releases[i]!.year, median: trendEstimate(t.estimate.annual.median, releases[i]!.year, c.dollars, cpi) } : null)),
  }));
  const series: LineSeries[] = rows.flatMap(({ row, trail }) =>
    row.wageSegments.map((_, segment) => ({
      key: segment === 0 ? row.socCode : `${row.socCode}-${segment + 1}`,
      label: row.title,
      color: row.color,
      points: trail.flatMap((t) => (t && t.segment === segment ? [{ x: t.year, y: drawnValue(t.median), topCoded: isTopCoded(t.median), display: inDollars(displayEstimate(t.median, 'usd'), c.dollars) }] : [])),
    })),
  );
  const first = releases[0]?.year ?? 0;
  const last = releases[releases.length - 1]?.year ?? 0;
  const growth = rows
    .map(({ row, trail }) => {
      // Over the latest segment only, and published values only: a top code is not a level the wage reached.
      const latest = trail.filter((t) => t != null).at(-1)?.segment;
      const pts = trail.filter((t): t is NonNullable<typeof t> => t != null && t.segment === latest && t.median?.kind === 'value');
      const a = pts[0];
      const b = pts[pts.length - 1];
      const va = drawnValue(a?.median ?? null);
      const vb = drawnValue(b?.median ?? null);
      return a && b && va != null && vb != null && a.year !== b.year ? { label: row.title, pct: ((vb - va) / va) * 100, from: a.year, to: b.year } : null;
    })
    .filter((g): g is NonNullable<typeof g> => g != null)
    .sort((a, b) => b.pct - a.pct);
  const top = rows.flatMap(({ trail }) => trail.filter((t): t is NonNullable<typeof t> => t != null && isTopCoded(t.median)));
  const unstated = top.filter((t) => drawnValue(t.median) == null).map((t) => t.year);
  return {
    kind: 'line',
    id: `wage-trend-${first}-${last}`,
    title: `Median annual wage, May ${first} to May ${last}, ${dollarsLabel(c.dollars)}`,
    subtitle: `Median annual wage in each OEWS release, U.S. dollars: ${dollarsLabel(c.dollars)}`,
    source: `BLS Occupational Employment and Wage Statistics (OEWS), national estimates, May ${first}–May ${last}`,
    referencePeriod: `May ${first} to May ${last}`,
    altText: growth[0]
      ? `${growth[0].label} had the largest rise in median wage among the selected occupations: ${formatPercent(growth[0].pct)} from May ${growth[0].from} to May ${growth[0].to} (${dollarsLabel(c.dollars)}). ${keptUpSentence(growth, c.dollars)}`
      : 'The selected occupations have too few releases to show a trend.',
    legend: legendOf(c.rows),
    notes: [
      ...rows.flatMap(({ row, trail }) => trendNotes(row, trail, releases, c.dollars, cpi)),
      ...(top.length ? [lineTopCodeNote()] : []),
      ...(unstated.length ? [`≥ not drawn for ${[...new Set(unstated)].sort((a, b) => a - b).map((y) => `May ${y}`).join(', ')}: the release does not state its top code.`] : []),
      ...c.lineageNotes,
    ],
    format: 'usd',
    series,
    breaks: [],
  };
}

/** What a row's line does not show, in words: codes of the time, hourly-only wages, releases without a figure. */
function trendNotes(row: ComparisonRow, trail: ({ year: number; socCode: string; segment: number; estimate: WageEstimate; median: Estimate | null } | null)[], releases: readonly WageRelease[], dollars: Dollars, cpi: CpiAnnualSeries | null): string[] {
  const notes: string[] = [];
  const other = trail.filter((t) => t != null && t.socCode !== row.socCode);
  for (const code of new Set(other.map((t) => t!.socCode))) {
    notes.push(`${row.title}: ${yearsText(other.filter((t) => t!.socCode === code).map((t) => t!.year))} published as ${code}, the same occupation under its code of the time (one-to-one change).`);
  }
  if (row.wageSegments.length > 1) notes.push(`${row.title}: its code changed meaning in a split or merge, so its line is not joined across that change.`);
  const hourly = trail.flatMap((t) => {
    if (!t || drawnValue(t.median) != null || !t.estimate.hourlyOnly) return [];
    const h = trendEstimate(t.estimate.hourly.median, t.year, dollars, cpi);
    return h?.kind === 'value' ? [{ year: t.year, value: h.value }] : [];
  });
  if (hourly.length) {
    const a = hourly[0]!;
    const b = hourly[hourly.length - 1]!;
    const span = a === b ? `${hourlyText(a.value)} in May ${a.year}` : `${hourlyText(a.value)} in May ${a.year} to ${hourlyText(b.value)} in May ${b.year}`;
    notes.push(`${row.title}: hourly wage only: ${span} (BLS publishes no annual wage for it, so no annual line is drawn).`);
  }
  const hourlyYears = new Set(hourly.map((h) => h.year));
  const absent = releases.filter((_, i) => !trail[i]).map((r) => r.year);
  // Top-coded medians are published (as "≥"); the top-code notes cover those the chart cannot place.
  const unpublished = trail.filter((t) => t != null && t.median?.kind === 'missing' && !hourlyYears.has(t.year)).map((t) => t!.year);
  if (absent.length) notes.push(`${row.title}: not in ${yearsText(absent)} (no release publishes this occupation under its code or a code it continues one to one).`);
  if (unpublished.length) notes.push(`${row.title}: no median annual wage published for ${yearsText(unpublished)}.`);
  return notes;
}

const hourlyText = (value: number) => `${formatHourlyUsd(value)} an hour`;

/** "May 2007–2018 and May 2021" from a list of years. */
function yearsText(years: number[]): string {
  const runs: [number, number][] = [];
  for (const y of [...years].sort((a, b) => a - b)) {
    const run = runs[runs.length - 1];
    if (run && run[1] === y - 1) run[1] = y;
    else runs.push([y, y]);
  }
  const parts = runs.map(([a, b]) => (a === b ? `May ${a}` : `May ${a}–${b}`));
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}` : (parts[0] ?? '');
}

/** A release's median in the chosen dollars; null where there is none (or no CPI for the year). */
function trendEstimate(nominal: Estimate | null, year: number, dollars: Dollars, cpi: CpiAnnualSeries | null): Estimate | null {
  return nominal ? estimateIn(nominal, year, dollars, cpi) : null;
}

/** In constant dollars a rise is a rise in what the pay buys: say who kept up with prices. */
function keptUpSentence(growth: { label: string; pct: number }[], dollars: Dollars): string {
  if (dollars.kind === 'nominal') return 'Nominal dollars: switch to constant dollars to see whether pay kept up with prices.';
  const behind = growth.filter((g) => g.pct < 0).map((g) => g.label);
  return behind.length ? `Pay fell behind prices for ${behind.join(', ')}.` : 'Pay kept up with prices for every selected occupation with a full series.';
}
