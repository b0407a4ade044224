import type { ChartSpec } from '@/lib/charts/spec';

export interface PlotSize {
  width: number;
  height: number;
}

/** Room for wrapped occupation titles on a category axis. */
export function axisWidth(size: PlotSize): number {
  return size.width < 500 ? 118 : 210;
}

/** Height of a chart with one band per category. */
export function bandHeight(count: number, width: number): number {
  const per = width < 500 ? 46 : 40;
  return Math.max(140, 40 + count * per);
}

/** The plot area's size for a spec at a given width. */
export function plotSize(spec: ChartSpec, width: number): PlotSize {
  if (spec.kind === 'bar') return { width, height: bandHeight(spec.bars.length, width) };
  if (spec.kind === 'range') return { width, height: bandHeight(spec.rows.length, width) };
  // A band per category holds a bar per series.
  if (spec.kind === 'grouped-bar') return { width, height: Math.max(140, 40 + spec.groups.length * (width < 500 ? 50 : 44)) };
  return { width, height: width < 500 ? 260 : 340 };
}
