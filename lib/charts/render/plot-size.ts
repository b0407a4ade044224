import type { ChartSpec } from '@/lib/charts/spec';
import { CHART_FONT, LINE_HEIGHT, wrapText } from './text-layout';

export interface PlotSize {
  width: number;
  height: number;
}

/** Room for wrapped category labels (occupation titles, major groups) left of the bars. */
export function axisWidth(size: PlotSize): number {
  return size.width < 500 ? 132 : 210;
}

/** Width of a category label's lines: the axis less its tick and a margin at the image's edge. */
export function categoryWidth(width: number): number {
  return axisWidth({ width, height: 0 }) - 18;
}

/** Lines a category label may take: more on a phone, where the column is narrow. */
export function labelLines(width: number): number {
  return width < 500 ? 4 : 3;
}

/** The category labels as the axis draws them. */
export function categoryLines(label: string, width: number): string[] {
  return wrapText(label, categoryWidth(width), CHART_FONT, labelLines(width));
}

/** Height of a chart with one band per category: each band holds its label's lines and its bar(s). */
export function bandHeight(labels: readonly string[], width: number, minBand: number): number {
  // Recharts gives every band the same height: the tallest label sets it.
  const band = Math.max(minBand, ...labels.map((l) => categoryLines(l, width).length * LINE_HEIGHT + 10));
  return Math.max(140, 40 + labels.length * band);
}

/** The plot area's size for a spec at a given width. */
export function plotSize(spec: ChartSpec, width: number): PlotSize {
  const narrow = width < 500;
  if (spec.kind === 'bar') return { width, height: bandHeight(spec.bars.map((b) => b.label), width, 40) };
  // On a phone a range's label goes under its bar.
  if (spec.kind === 'range') return { width, height: bandHeight(spec.rows.map((r) => r.label), width, narrow ? 54 : 40) };
  // A band per category holds a bar per series.
  if (spec.kind === 'grouped-bar') return { width, height: bandHeight(spec.groups.map((g) => g.label), width, narrow ? 50 : 44) };
  return { width, height: narrow ? 300 : 360 };
}
