import type { ChartSpec } from '@/lib/charts/spec';
import { candidatesAround, nearestPoint, placeLabels, type Box, type Candidate, type Placed, type Segment } from '@/lib/charts/label-placement';
import { axisTickFormatter, valueAxis, type ValueAxis } from '@/lib/charts/ticks';
import { CHART_FONT, LINE_HEIGHT, escapeXml, wrapText } from './text-layout';
import { textWidth } from './text-width';
import type { PlotSize } from './plot-size';

type ScatterSpec = Extract<ChartSpec, { kind: 'scatter' }>;

export const POINT_RADIUS = 6;

interface PointLabel {
  /** The point's number in the legend's key, or its name where names fit. */
  lines: string[];
  placed: Placed;
  cx: number;
  cy: number;
  color: string;
}

/**
 * Where everything of the growth-against-wage scatter goes, computed before drawing: the axes
 * (round ticks), the plot area recharts draws in, and the labels recharts cannot place without
 * collisions (axis titles, reference-line labels, the points' names or numbers).
 */
export interface ScatterLayout {
  x: ValueAxis;
  y: ValueAxis;
  xTick: (v: number) => string;
  yTick: (v: number) => string;
  margin: { top: number; right: number; bottom: number; left: number };
  yAxisWidth: number;
  xAxisHeight: number;
  plot: Box;
  /** The labels drawn over the recharts plot, as SVG. */
  overlay: string;
  /** True when the points carry their numbers (the legend's key) rather than their names. */
  numbered: boolean;
}

export function scatterLayout(spec: ScatterSpec, size: PlotSize): ScatterLayout {
  const narrow = size.width < 500;
  const xs = [...spec.context.map((p) => p.x), ...spec.points.map((p) => p.x), ...(spec.x.reference ? [spec.x.reference.value] : [])];
  const ys = [...spec.context.map((p) => p.y), ...spec.points.map((p) => p.y), ...(spec.y.reference ? [spec.y.reference.value] : [])];
  const x = valueAxis(xs, { count: narrow ? 4 : 6 });
  const y = valueAxis(ys, { count: narrow ? 5 : 6 });
  const xTick = axisTickFormatter(x, spec.x.format);
  const yTick = axisTickFormatter(y, spec.y.format);
  const yAxisWidth = Math.ceil(Math.max(...y.ticks.map((t) => textWidth(yTick(t), CHART_FONT)))) + 12;
  const xAxisHeight = 24;
  const lastX = x.ticks.at(-1);
  // The last x tick is centred on the plot's right edge: half of it must fit in the margin.
  const margin = { top: 30, right: Math.ceil(lastX != null ? textWidth(xTick(lastX), CHART_FONT) / 2 + 4 : 16), bottom: 22, left: 0 };
  const plot: Box = { x: margin.left + yAxisWidth, y: margin.top, width: size.width - margin.left - margin.right - yAxisWidth, height: size.height - margin.top - margin.bottom - xAxisHeight };
  const px = (v: number) => plot.x + ((v - x.domain[0]) / (x.domain[1] - x.domain[0])) * plot.width;
  const py = (v: number) => plot.y + plot.height - ((v - y.domain[0]) / (y.domain[1] - y.domain[0])) * plot.height;

  const parts: string[] = [];
  // Axis titles: the y title above the plot, read left to right; the x title under the ticks, at the right.
  parts.push(`<text x="2" y="${CHART_FONT + 2}" font-size="${CHART_FONT}" class="chart-axis-label">${escapeXml(spec.y.label)}</text>`);
  parts.push(`<text x="${size.width - 2}" y="${size.height - 5}" font-size="${CHART_FONT}" text-anchor="end" class="chart-axis-label">${escapeXml(spec.x.label)}</text>`);

  const lines: Segment[] = [];
  const refX = spec.x.reference ? px(spec.x.reference.value) : null;
  const refY = spec.y.reference ? py(spec.y.reference.value) : null;
  if (refX != null) lines.push({ x1: refX, y1: plot.y, x2: refX, y2: plot.y + plot.height });
  if (refY != null) lines.push({ x1: plot.x, y1: refY, x2: plot.x + plot.width, y2: refY });
  if (y.baseline != null) lines.push({ x1: plot.x, y1: py(0), x2: plot.x + plot.width, y2: py(0) });

  const dots = spec.points.map((p) => ({ cx: px(p.x), cy: py(p.y) }));
  const obstacles: Box[] = dots.map(({ cx, cy }) => ({ x: cx - POINT_RADIUS - 1, y: cy - POINT_RADIUS - 1, width: 2 * POINT_RADIUS + 2, height: 2 * POINT_RADIUS + 2 }));
  const h = LINE_HEIGHT;
  // Reference labels first, beside their lines, sliding along them to a free spot; where the
  // full label finds none (a crowded phone plot), its short form ("All: 3.1%").
  const refRequests: { texts: string[]; candidates: Candidate[] }[] = [];
  const forms = (label: string) => [...new Set([label, label.replace(/^All occupations\s*(median\s*)?/, 'All: ')])];
  const slide = (from: number, to: number) => Array.from({ length: Math.max(1, Math.floor((to - from) / 6) + 1) }, (_, i) => from + i * 6);
  if (spec.x.reference && refX != null) {
    const texts = forms(spec.x.reference.label);
    refRequests.push({ texts, candidates: texts.flatMap((text, form) => {
      const w = textWidth(text, CHART_FONT);
      return slide(plot.y + 2, plot.y + plot.height - h - 2).flatMap((top) => [
        { box: { x: refX + 5, y: top, width: w, height: h }, leader: false, form },
        { box: { x: refX - 5 - w, y: top, width: w, height: h }, leader: false, form },
      ]);
    }) });
  }
  if (spec.y.reference && refY != null) {
    const texts = forms(spec.y.reference.label);
    refRequests.push({ texts, candidates: texts.flatMap((text, form) => {
      const w = textWidth(text, CHART_FONT);
      return slide(plot.x + 2, plot.x + plot.width - w - 2).reverse().flatMap((left) => [
        { box: { x: left, y: refY - h - 4, width: w, height: h }, leader: false, form },
        { box: { x: left, y: refY + 4, width: w, height: h }, leader: false, form },
      ]);
    }) });
  }
  const placedRefs = placeLabels(refRequests, { bounds: plot, obstacles, lines });
  placedRefs.forEach((p, i) => {
    if (p) {
      obstacles.push(p.box);
      const request = refRequests[i]!;
      const form = (p as Placed & { form?: number }).form ?? 0;
      parts.push(textAt(p.box, [request.texts[form]!], 'chart-reference-label'));
    }
  });

  const place = (textOf: (i: number) => string[], weight: number): (Placed | null)[] =>
    placeLabels(spec.points.map((_, i) => {
      const text = textOf(i);
      const w = Math.max(...text.map((t) => textWidth(t, CHART_FONT, weight)));
      return { candidates: candidatesAround(dots[i]!.cx, dots[i]!.cy, POINT_RADIUS, w, text.length * h) };
    }), { bounds: plot, obstacles, lines });
  // Names where every one finds a place (the desktop layout, usually); otherwise the key's numbers.
  const names = (i: number) => wrapText(spec.points[i]!.label, narrow ? 120 : 170, CHART_FONT, 2);
  let numbered = narrow;
  let placed = numbered ? [] : place(names, 400);
  if (numbered || placed.some((p) => p == null)) {
    numbered = true;
    placed = place((i) => [String(i + 1)], 700);
  }
  const labels: PointLabel[] = placed.flatMap((p, i) => (p ? [{ lines: numbered ? [String(i + 1)] : names(i), placed: p, cx: dots[i]!.cx, cy: dots[i]!.cy, color: spec.points[i]!.color }] : []));
  for (const label of labels) {
    if (label.placed.leader) {
      const end = nearestPoint(label.placed.box, label.cx, label.cy);
      parts.push(`<line x1="${label.cx.toFixed(1)}" y1="${label.cy.toFixed(1)}" x2="${end.x.toFixed(1)}" y2="${end.y.toFixed(1)}" stroke="${label.color}" stroke-width="1.2" class="chart-leader"/>`);
    }
    parts.push(textAt(label.placed.box, label.lines, 'chart-point-label', numbered ? 700 : 400));
  }
  return { x, y, xTick, yTick, margin, yAxisWidth, xAxisHeight, plot, overlay: `<g class="chart-labels">${parts.join('')}</g>`, numbered };
}

function textAt(box: Box, lines: string[], cls: string, weight = 400): string {
  return lines
    .map((line, i) => `<text x="${box.x.toFixed(1)}" y="${(box.y + (i + 1) * LINE_HEIGHT - 3).toFixed(1)}" font-size="${CHART_FONT}"${weight !== 400 ? ` font-weight="${weight}"` : ''} class="${cls}">${escapeXml(line)}</text>`)
    .join('');
}
