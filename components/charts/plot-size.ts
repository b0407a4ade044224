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
