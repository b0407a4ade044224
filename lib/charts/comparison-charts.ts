import type { Comparison, ComparisonRow } from '../comparison';
import { displayEstimate, drawnValue, isTopCoded } from '../estimates';
import { formatOewsPeriod, formatPercent, formatProjectionPeriod, formatUsd } from '../format';
import { epSource, oewsSource } from '../sources';
import type { BarDatum, ChartSpec, RangeDatum } from './spec';
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
    return h.kind === 'value' ? `Hourly only: $${h.value.toFixed(2)}/hour` : 'Hourly only; no annual wage';
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
