/**
 * What each data mark of a chart says when it is hovered, tapped or focused (components/enhance/
 * chart-values.ts): who, the value with its unit, and the period. The renderer writes it on the
 * mark as data attributes; the words come from the spec, formatted by the tables' formatters, so
 * a tooltip reads exactly as the chart's table does.
 */

import { formatOewsPeriod, formatValue } from '../tables/format';
import type { ChartSpec, LineSeries, RangeDatum } from './spec';

export interface MarkTip {
  label: string;
  value: string;
  period: string;
  /** Reading order: marks are stepped through by series, then by point. */
  series: number;
  point: number;
}

/** A mark's data attributes, as the renderer spreads them on an SVG element. */
export type MarkAttributes = Record<`data-${string}`, string>;

export function markAttributes(tip: MarkTip): MarkAttributes {
  return { 'data-mark': `${tip.series}-${tip.point}`, 'data-label': tip.label, 'data-value': tip.value, 'data-period': tip.period };
}

const atLeast = (topCoded: boolean | undefined, text: string) => (topCoded ? `≥ ${text}` : text);

type Of<K extends ChartSpec['kind']> = Extract<ChartSpec, { kind: K }>;

/** A bar chart's marks, one per bar (null for a bar not drawn). */
export function barTips(spec: Of<'bar'>): (MarkTip | null)[] {
  return spec.bars.map((b, i) => (b.value == null ? null : { label: b.tip?.label ?? b.label, value: b.display, period: b.tip?.period ?? spec.referencePeriod, series: 0, point: i }));
}

/** A grouped bar chart's marks: `[group][series]`, stepped through group by group. */
export function groupedBarTips(spec: Of<'grouped-bar'>): (MarkTip | null)[][] {
  return spec.groups.map((g, gi) =>
    spec.series.map((s, si) => (g.values[si] == null ? null : { label: `${g.label}: ${s.label.toLowerCase()}`, value: g.displays[si] ?? '', period: spec.referencePeriod, series: gi, point: si })),
  );
}

/** A wage range's mark (every segment of its row): the median and the 10th to 90th percentile range. */
export function rangeTip(spec: Of<'range'>, row: RangeDatum, index: number): MarkTip {
  const median = row.percentiles[2];
  const medianText = median == null ? 'n/a' : atLeast(row.topCoded[2], formatValue(median, 'usd'));
  return { label: row.label, value: `Median ${medianText}; 10th–90th percentile ${row.display}`, period: spec.referencePeriod, series: 0, point: index };
}

/** A line's point: an OEWS release's figure, for May of its year. */
export function lineTip(spec: Of<'line'>, series: LineSeries, seriesIndex: number, x: number): MarkTip | null {
  const point = series.points.find((p) => p.x === x);
  if (!point || point.y == null) return null;
  return {
    label: series.label,
    value: point.display ?? atLeast(point.topCoded, formatValue(point.y, spec.format)),
    period: formatOewsPeriod(x),
    series: seriesIndex,
    point: series.points.indexOf(point),
  };
}

/** A selected occupation on the scatter: both its values, each with its axis's name. */
export function scatterTip(spec: Of<'scatter'>, index: number): MarkTip | null {
  const p = spec.points[index];
  if (!p) return null;
  const name = (label: string) => label.replace(/, %$/, '');
  return {
    label: p.label,
    value: `${name(spec.x.label)} ${formatValue(p.x, spec.x.format)}; ${name(spec.y.label)} ${formatValue(p.y, spec.y.format)}`,
    period: spec.referencePeriod,
    series: 0,
    point: index,
  };
}
