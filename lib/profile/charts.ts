import type { Estimate } from '../bls/types';
import type { WageDistribution } from '../bls/oews';
import type { Structure } from '../lineage/structure';
import type { OccupationProfile, SegmentStyle } from './model';
import { changeNote } from '../lineage/text';
import { CLASSIFICATION_LABEL } from '../lineage/lineage';
import { displayEstimate, drawnValue, isTopCoded } from '../tables/estimates';
import { formatOewsPeriod, formatPercent, formatProjectionPeriod, formatUsd, formatHourlyUsd } from '../tables/format';
import type { BarDatum, ChartSpec, LineBand, LineSeries } from '../charts/spec';
import { lineTopCodeNote } from '../charts/line-notes';
import type { CpiAnnualSeries } from '../bls/cpi';
import { dollarsKey, dollarsLabel, estimateIn, inDollars, NOMINAL, realChange, type Dollars } from '../dollars/real-dollars';

const NO_CPI: Estimate = { kind: 'missing', reason: 'blank', marker: 'no CPI-U' };

/** Whether the code's pay kept up with prices from its first to its last release (CPI-U). */
function keptUp(p: OccupationProfile, basis: WageBasis, cpi: CpiAnnualSeries | null): string {
  const own = p.wages.rows.filter((r) => r.style.segment.kind === 'own' && r.estimate[basis].median.kind === 'value');
  const a = own[0];
  const b = own[own.length - 1];
  if (!a || !b || a === b) return '';
  const change = realChange(cpi, { year: a.release.year, wage: (a.estimate[basis].median as { value: number }).value }, { year: b.release.year, wage: (b.estimate[basis].median as { value: number }).value });
  if (change.kind !== 'change') return '';
  return ` After prices (CPI-U), the median ${change.keptUp ? 'rose' : 'fell'} ${formatPercent(Math.abs(change.realChangePct))} from ${formatOewsPeriod(a.release.year)} to ${formatOewsPeriod(b.release.year)}: pay ${change.keptUp ? 'kept up with' : 'fell behind'} prices.`;
}

/** Which wage the history draws: annual, unless BLS publishes only hourly wages for the code (actors, musicians). */
export type WageBasis = 'annual' | 'hourly';

export function wageBasis(p: OccupationProfile): WageBasis {
  const own = p.wages.rows.filter((r) => r.style.segment.kind === 'own');
  return own.length > 0 && own.every((r) => drawnValue(r.estimate.annual.median) == null && drawnValue(r.estimate.hourly.median) != null) ? 'hourly' : 'annual';
}

const BREAK_LABEL: Record<Structure, string> = {
  soc2000: '2000 SOC',
  'soc2000-2010': '2010 SOC (part)',
  soc2010: '2010 SOC',
  oewsHybrid: 'OEWS hybrid',
  soc2018: '2018 SOC',
};

const codeOf = (s: SegmentStyle) => s.segment.points[0]?.socCode ?? s.segment.nodes[0]!.socCode;
/** "29-2099 Health technologists…", with the classification where one code names two series (2010 and 2018 SOC). */
const segmentLabel = (s: SegmentStyle, all: SegmentStyle[], titles: Record<string, string>) => {
  const code = codeOf(s);
  const twice = all.filter((x) => codeOf(x) === code).length > 1;
  const node = s.segment.nodes.find((n) => n.socCode === code);
  const suffix = twice && node ? ` (${CLASSIFICATION_LABEL[node.classification]})` : '';
  const title = titles[code] ?? '';
  return `${`${code} ${title}`.trim()}${suffix}`;
};

/**
 * The wage history: median wage per OEWS release, with the 10th–90th and 25th–75th percentile
 * bands of the code's own series. Each comparable segment is its own line, so nothing is
 * joined across a SOC break; codes the occupation was split into, merged into or came from
 * are drawn dashed beside it.
 */
export function wageHistoryChart(p: OccupationProfile, dollars: Dollars = NOMINAL, cpi: CpiAnnualSeries | null = null): ChartSpec {
  // Every wage of the chart in the chosen dollars (the conversion of each May by its year's CPI-U).
  const at = (e: Estimate, year: number): Estimate => estimateIn(e, year, dollars, cpi) ?? NO_CPI;
  const basis = wageBasis(p);
  const dist = (d: { annual: WageDistribution; hourly: WageDistribution }) => d[basis];
  const rowsOf = (s: SegmentStyle) => p.wages.rows.filter((r) => r.style === s);
  const series: LineSeries[] = p.wages.styles.map((s) => ({
    key: s.segment.key,
    // In full, in the legend as in a tooltip: the legend wraps it.
    label: segmentLabel(s, p.wages.styles, p.codeTitles),
    color: s.color,
    dashed: s.segment.kind === 'linked',
    points: rowsOf(s).map((r) => {
      const median = at(dist(r.estimate).median, r.release.year);
      // As the wage table writes it: an hourly-only wage to the cent.
      return { x: r.release.year, y: drawnValue(median), topCoded: isTopCoded(median), display: inDollars(displayEstimate(median, basis === 'annual' ? 'usd' : formatHourlyUsd), dollars) };
    }),
  }));
  const own = p.wages.styles.filter((s) => s.segment.kind === 'own');
  const bands: LineBand[] = own.flatMap((s) => [
    band(s, 'p10-p90', 0.14, rowsOf(s).map((r) => ({ x: r.release.year, low: at(dist(r.estimate).pct10, r.release.year), high: at(dist(r.estimate).pct90, r.release.year) }))),
    band(s, 'p25-p75', 0.26, rowsOf(s).map((r) => ({ x: r.release.year, low: at(dist(r.estimate).pct25, r.release.year), high: at(dist(r.estimate).pct75, r.release.year) }))),
  ]);
  const years = p.wages.rows.map((r) => r.release.year);
  if (years.length === 0) throw new Error(`wageHistoryChart: ${p.socCode} has no OEWS rows; the page shows a sentence instead of a chart.`);
  const first = Math.min(...years);
  const last = Math.max(...years);
  const drawn = p.wages.rows.flatMap((r) => [at(dist(r.estimate).median, r.release.year), ...(r.style.segment.kind === 'own' ? [at(dist(r.estimate).pct10, r.release.year), at(dist(r.estimate).pct25, r.release.year), at(dist(r.estimate).pct75, r.release.year), at(dist(r.estimate).pct90, r.release.year)] : [])]);
  const unit = basis === 'annual' ? 'annual' : 'hourly';
  return {
    kind: 'line',
    id: `wage-history-${p.socCode}-${dollarsKey(dollars)}`,
    title: `${p.title}: wages, ${formatOewsPeriod(first)} to ${formatOewsPeriod(last)}, ${dollarsLabel(dollars)}`,
    subtitle: `Median ${unit} wage (line) with the 10th–90th and 25th–75th percentile range (shading), U.S. dollars: ${dollarsLabel(dollars)}`,
    source: `BLS Occupational Employment and Wage Statistics (OEWS), national estimates, May ${first}–May ${last} (national_M${first}_dl.csv to national_M${last}_dl.csv)`,
    referencePeriod: `May ${first} to May ${last}`,
    altText: `${wageFinding(p, basis)}${keptUp(p, basis, cpi)}`,
    legend: [
      ...series.map((s) => ({ label: s.label, color: s.color, dashed: s.dashed })),
      ...(own.length ? [{ label: '10th–90th percentile', color: `${own[0]!.color}33` }, { label: '25th–75th percentile', color: `${own[0]!.color}66` }] : []),
    ],
    notes: [...breakNotes(p, 'wages'), ...topCodeNotes(p.wages.rows.map((r) => at(dist(r.estimate).median, r.release.year)), drawn)],
    format: 'usd',
    series,
    bands,
    breaks: p.wages.series.breaks.map((b) => ({ value: b.x, label: b.after.structure ? BREAK_LABEL[b.after.structure] : 'SOC change' })),
  };
}

function band(s: SegmentStyle, which: string, opacity: number, points: { x: number; low: Estimate; high: Estimate }[]): LineBand {
  return {
    key: `${s.segment.key}-${which}`,
    label: which,
    color: s.color,
    opacity,
    points: points.map((q) => ({ x: q.x, low: drawnValue(q.low), high: drawnValue(q.high) })),
  };
}

/** Projected percent change in employment, one bar per vintage of the code's own series. */
export function projectionHistoryChart(p: OccupationProfile): ChartSpec {
  const rows = p.projections.rows.filter((r) => r.style.segment.kind === 'own');
  const bars: BarDatum[] = rows.map((r) => ({
    key: r.vintage.vintage,
    label: r.point.socCode === p.socCode ? `EP ${r.vintage.vintage}` : `EP ${r.vintage.vintage} (as ${r.point.socCode})`,
    color: r.style.color,
    value: drawnValue(r.projection.changePercent),
    display: displayEstimate(r.projection.changePercent, 'percent'),
    topCoded: false,
    tip: { label: p.title, period: `EP ${r.vintage.vintage}: ${formatProjectionPeriod(r.vintage.baseYear, r.vintage.targetYear)}` },
  }));
  const firstV = rows[0]?.vintage;
  const lastV = rows[rows.length - 1]?.vintage;
  const period = firstV && lastV ? (firstV === lastV ? formatProjectionPeriod(firstV.baseYear, firstV.targetYear) : `projection periods ${formatProjectionPeriod(firstV.baseYear, firstV.targetYear)} to ${formatProjectionPeriod(lastV.baseYear, lastV.targetYear)}`) : '';
  const drawn = bars.filter((b) => b.value != null);
  const hi = [...drawn].sort((a, b) => b.value! - a.value!)[0];
  const lo = [...drawn].sort((a, b) => a.value! - b.value!)[0];
  return {
    kind: 'bar',
    id: `projections-${p.socCode}`,
    title: `${p.title}: projected employment change by vintage`,
    subtitle: 'Percent change in employment over each projection period of ten years (BLS projection)',
    source: `BLS Employment Projections ${firstV?.vintage ?? ''} to ${lastV?.vintage ?? ''}, Table 1.2 (Employment by occupation) of each vintage`,
    referencePeriod: period,
    altText: hi && lo
      ? `BLS projected ${p.title.toLowerCase()} to change by ${hi.display} in ${hi.key} (the highest of ${drawn.length} vintages) and by ${lo.display} in ${lo.key} (the lowest).`
      : 'No projected change is published for this code.',
    legend: [],
    notes: [
      ...breakNotes(p, 'projections'),
      ...bars.filter((b) => b.value == null).map((b) => `${b.label}: ${b.display.replace(/^Not available: /, 'not available, ')}.`),
    ],
    format: 'percent',
    bars,
    reference: null,
  };
}

/** Why the series stop or change: one short note per lineage change behind a linked segment, and per one-to-one code change. */
function breakNotes(p: OccupationProfile, which: 'wages' | 'projections'): string[] {
  const history = p[which];
  const notes: string[] = [];
  if (which === 'wages' && history.series.breaks.length) notes.push('Dotted red lines mark SOC changes; figures are not joined across them.');
  if (which === 'projections' && history.series.linked.length) notes.push('Only projections of this occupation are drawn; after a SOC change BLS projects it under other codes:');
  const seen = new Set<string>();
  for (const s of history.series.linked) {
    const via = s.via;
    if (!via) continue;
    const key = `${via.boundary.id}:${via.direction}:${via.code.socCode}`;
    if (seen.has(key)) continue;
    seen.add(key);
    notes.push(changeNote(via) + (which === 'wages' ? ' Dashed: not comparable.' : ''));
  }
  for (const s of history.series.own) {
    const other = s.points.filter((pt) => pt.socCode !== p.socCode);
    if (other.length) notes.push(`${other.map((pt) => pt.entry.label).join(', ')}: published as ${[...new Set(other.map((pt) => pt.socCode))].join(', ')}, the same occupation under its code of the time.`);
  }
  if (history.series.omitted.length) notes.push(`${history.series.omitted.length} more linked codes are listed under Code history.`);
  return notes;
}

/** Why top-coded medians are hollow "≥" markers off the line, and where the shading stops at a top code. */
function topCodeNotes(medians: Estimate[], drawn: Estimate[]): string[] {
  const top = drawn.filter((v) => isTopCoded(v));
  if (top.length === 0) return [];
  const unknown = top.some((v) => v.kind === 'top-coded' && v.atLeast == null);
  const percentiles = top.length > medians.filter((v) => isTopCoded(v)).length;
  return [
    ...(medians.some((v) => isTopCoded(v)) ? [lineTopCodeNote()] : []),
    ...(percentiles ? ['The shading stops at the top code where a percentile is at or above it (BLS publishes no higher value).'] : []),
    ...(unknown ? ['Where a release does not state its top code, a top-coded figure is left out.'] : []),
  ];
}

function wageFinding(p: OccupationProfile, basis: WageBasis): string {
  const own = p.wages.rows.filter((r) => r.style.segment.kind === 'own' && drawnValue(r.estimate[basis].median) != null);
  const a = own[0];
  const b = own[own.length - 1];
  if (!a || !b) return 'No median wage is published for this code in the shipped OEWS releases.';
  const fmt = (v: number) => (basis === 'annual' ? formatUsd(v) : `${formatHourlyUsd(v)} an hour`);
  const va = drawnValue(a.estimate[basis].median)!;
  const vb = drawnValue(b.estimate[basis].median)!;
  const change = a === b ? '' : ` to ${fmt(vb)} in ${b.release.release} (${formatPercent(((vb - va) / va) * 100)} nominal)`;
  const ended = p.wages.series.breaks.length ? ' The series breaks where the SOC code changed; linked codes are drawn separately.' : '';
  return `Median ${basis} wage of ${p.title.toLowerCase()}: ${fmt(va)} in ${a.release.release}${change}.${ended}`;
}
