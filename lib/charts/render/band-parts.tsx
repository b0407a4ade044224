import type { ValueFormat } from '@/lib/tables/format';
import { horizontalAxis, LABEL_GAP, type EndLabel } from '@/lib/charts/label-room';
import { axisTickFormatter, type ValueAxis } from '@/lib/charts/ticks';
import { CHART_FONT } from './text-layout';
import { textWidth } from './text-width';
import type { PlotSize } from './plot-size';

export interface BandAxis {
  axis: ValueAxis;
  tick: (v: number) => string;
  margin: { top: number; right: number; bottom: number; left: number };
}

/**
 * The value axis of a chart with a band per category: round ticks, as many as their labels leave
 * room for, and room for every end label. The right margin holds half the last tick, so the
 * plot's width is worked out for each axis tried.
 */
export function bandAxis(values: readonly number[], labels: readonly EndLabel[], size: PlotSize, yWidth: number, format: ValueFormat): BandAxis {
  const options = { count: size.width < 500 ? 4 : 6 };
  const measure = (t: string) => textWidth(t, CHART_FONT);
  const lastTick = (a: ValueAxis) => axisTickFormatter(a, format)(a.domain[1]);
  const axis = horizontalAxis(values, labels, (a) => size.width - yWidth - bandMargin(lastTick(a)).right, options, format, measure);
  return { axis, tick: axisTickFormatter(axis, format), margin: bandMargin(lastTick(axis)) };
}

/** Margins of a chart with a band per category; the right one holds half the last x tick. */
export function bandMargin(lastTick: string): { top: number; right: number; bottom: number; left: number } {
  return { top: 24, right: Math.ceil(textWidth(lastTick, CHART_FONT) / 2 + 4), bottom: 8, left: 0 };
}

interface LabelProps {
  x?: number | string;
  y?: number | string;
  width?: number | string;
  height?: number | string;
  value?: number | string;
  /** The bar's value: a negative one is labelled left of its end. */
  negative?: boolean;
  /** The plot's left and right edges: a label that would cross one goes inside its bar. */
  plotLeft?: number;
  plotRight?: number;
}

/**
 * The value at the bar's outer end: right of a positive bar (or of zero, for a bar not drawn),
 * left of a negative one; where that would cross the plot's edge, inside the bar against its end
 * (bandAxis chose an axis on which it fits there, lib/charts/label-room.ts).
 */
export function EndValueLabel({ x = 0, y = 0, width = 0, height = 0, value, negative, plotLeft = -Infinity, plotRight = Infinity }: LabelProps) {
  const [bx, by, bw, bh] = [Number(x), Number(y), Number(width), Number(height)];
  const left = negative ?? (bw < 0 || /^[-−]/.test(String(value ?? '')));
  const [start, stop] = [Math.min(bx, bx + bw), Math.max(bx, bx + bw)];
  const w = textWidth(String(value ?? ''), CHART_FONT);
  // Half a pixel of slack: the axis was chosen with the same sums, rounded differently.
  const outside = left ? start - LABEL_GAP - w >= plotLeft - 0.5 : stop + LABEL_GAP + w <= plotRight + 0.5;
  const inward = !outside && stop - start >= w + 2 * LABEL_GAP;
  // Past the end: left of a negative bar, right of a positive one; inside: the other way.
  const pastEnd = left ? start - LABEL_GAP : stop + LABEL_GAP;
  const labelX = inward ? (left ? start + LABEL_GAP : stop - LABEL_GAP) : pastEnd;
  const anchorEnd = left !== inward;
  return (
    <text x={labelX} y={by + bh / 2} dy="0.35em" textAnchor={anchorEnd ? 'end' : 'start'} fontSize={CHART_FONT} className="chart-value-label">
      {value}
    </text>
  );
}

interface ReferenceLabelProps {
  viewBox?: { x?: number; y?: number; width?: number; height?: number };
  text: string;
  /** The chart's width: the label is kept inside it. */
  chartWidth: number;
  /** Leftmost x the label may start at (right of the category labels). */
  minX: number;
}

/** A vertical reference line's label above the plot, centred on the line and kept inside the chart. */
export function TopReferenceLabel({ viewBox, text, chartWidth, minX }: ReferenceLabelProps) {
  const w = textWidth(text, CHART_FONT);
  const lineX = viewBox?.x ?? 0;
  const x = Math.max(minX, Math.min(lineX - w / 2, chartWidth - w - 2));
  return (
    <text x={x} y={(viewBox?.y ?? 0) - 8} fontSize={CHART_FONT} className="chart-reference-label">
      {text}
    </text>
  );
}
