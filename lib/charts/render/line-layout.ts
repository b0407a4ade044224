import type { ChartSpec } from '@/lib/charts/spec';
import { placeLabels, type Box, type Candidate } from '@/lib/charts/label-placement';
import { axisTickFormatter, valueAxis, type ValueAxis } from '@/lib/charts/ticks';
import { CHART_FONT, LINE_HEIGHT, escapeXml } from './text-layout';
import { textWidth } from './text-width';
import type { PlotSize } from './plot-size';

type LineSpec = Extract<ChartSpec, { kind: 'line' }>;

export interface LineLayout {
  years: number[];
  /** The years written under the axis: as many as fit, counted back from the last. */
  yearTicks: number[];
  y: ValueAxis;
  yTick: (v: number) => string;
  yAxisWidth: number;
  margin: { top: number; right: number; bottom: number; left: number };
  plot: Box;
  /** The SOC break labels, above the plot, as SVG. */
  overlay: string;
}

const YEAR_WIDTH = textWidth('2024', CHART_FONT);

export function lineLayout(spec: LineSpec, size: PlotSize): LineLayout {
  const bands = spec.bands ?? [];
  const years = [...new Set([...spec.series, ...bands].flatMap((s) => s.points.map((p) => p.x)))].sort((a, b) => a - b);
  const values = [
    ...spec.series.flatMap((s) => s.points.map((p) => p.y)),
    ...bands.flatMap((b) => b.points.flatMap((p) => [p.low, p.high])),
  ].filter((v): v is number => v != null);
  // Headroom for the "≥" over a top-coded point.
  const y = valueAxis(values, { count: size.width < 500 ? 5 : 6, headroomHigh: 0.06 });
  const yTick = axisTickFormatter(y, spec.format);
  const yAxisWidth = Math.ceil(Math.max(...y.ticks.map((t) => textWidth(yTick(t), CHART_FONT)))) + 12;
  const margin = { top: spec.breaks.length ? 2 * LINE_HEIGHT + 10 : 14, right: Math.ceil(YEAR_WIDTH / 2 + 4), bottom: 8, left: 0 };
  const xAxisHeight = 30;
  const plot: Box = { x: yAxisWidth, y: margin.top, width: size.width - yAxisWidth - margin.right, height: size.height - margin.top - margin.bottom - xAxisHeight };
  const first = years[0] ?? 0;
  const last = years.at(-1) ?? 1;
  const pxPerYear = plot.width / Math.max(1, last - first);
  const every = Math.max(1, Math.ceil((YEAR_WIDTH + 8) / pxPerYear));
  const yearTicks = years.filter((year) => (last - year) % every === 0);
  const px = (v: number) => plot.x + ((v - first) / Math.max(1, last - first)) * plot.width;

  // Break labels: above the plot, right or left of their line, on one of two rows, never overlapping.
  const top: Box = { x: 0, y: 0, width: size.width, height: margin.top - 2 };
  const requests = spec.breaks.map((b) => {
    const w = textWidth(b.label, CHART_FONT);
    const x = px(b.value);
    const candidates: Candidate[] = [0, LINE_HEIGHT + 2].flatMap((row) => [
      { box: { x: x + 3, y: row + 2, width: w, height: LINE_HEIGHT }, leader: false },
      { box: { x: x - 3 - w, y: row + 2, width: w, height: LINE_HEIGHT }, leader: false },
    ]);
    return { candidates };
  });
  const placed = placeLabels(requests, { bounds: top, obstacles: [], lines: spec.breaks.map((b) => ({ x1: px(b.value), y1: 0, x2: px(b.value), y2: margin.top })) });
  const parts = placed.flatMap((p, i) => {
    if (!p) return [];
    const x = px(spec.breaks[i]!.value);
    // A short tick joins the label's row to its line.
    return [`<line x1="${x.toFixed(1)}" x2="${x.toFixed(1)}" y1="${(p.box.y + 2).toFixed(1)}" y2="${margin.top}" class="chart-break" stroke-dasharray="2 3"/><text x="${p.box.x.toFixed(1)}" y="${(p.box.y + LINE_HEIGHT - 3).toFixed(1)}" font-size="${CHART_FONT}" class="chart-reference-label">${escapeXml(spec.breaks[i]!.label)}</text>`];
  });
  return { years, yearTicks, y, yTick, yAxisWidth, margin, plot, overlay: parts.length ? `<g class="chart-labels">${parts.join('')}</g>` : '' };
}
