import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { ChartSpec } from '@/lib/charts/spec';
import { composeFigureSvg } from './figure-svg';
import { Plot, plotOverlay } from './plot';
import { plotSize } from './plot-size';
import { tidySvg } from './tidy-svg';

/**
 * Renders a chart with recharts into a detached DOM (jsdom in the chart worker, or the test
 * environment) and returns the finished figure SVG. Recharts 3 draws nothing in
 * renderToString, so the chart is rendered as a client would, then serialised: the browser
 * receives finished SVG and no charting JavaScript.
 */
export async function renderFigure(spec: ChartSpec, width: number, doc: Document): Promise<string> {
  const size = plotSize(spec, width);
  const container = doc.createElement('div');
  doc.body.appendChild(container);
  const root = createRoot(container);
  try {
    flushSync(() => root.render(<Plot spec={spec} size={size} />));
    await settle(container).catch((error: Error) => { throw new Error(`Chart ${spec.id}: ${error.message}`); });
    const drawn = container.querySelector('svg.recharts-surface');
    if (!drawn) throw new Error(`Chart ${spec.id}: recharts rendered no SVG surface`);
    // A copy to rework: React still owns the nodes it drew, and unmounts them below.
    const surface = drawn.cloneNode(true) as Element;
    surface.removeAttribute('style');
    inert(surface);
    mergeContextDots(surface);
    tidySvg(surface);
    return composeFigureSvg(spec, surface.outerHTML + plotOverlay(spec, size), width);
  } finally {
    root.unmount();
    container.remove();
  }
}

/**
 * Recharts makes its surface a focusable "application" with focusable layers (for its own
 * keyboard tooltips, which a static picture cannot use). An image ignores them, but the same SVG
 * is put inline by components/enhance/chart-values.ts, where they would be stray Tab stops.
 */
function inert(surface: Element): void {
  for (const el of [surface, ...surface.querySelectorAll('[tabindex], [role]')]) {
    el.removeAttribute('tabindex');
    el.removeAttribute('role');
    if (el.getAttribute('style') === 'outline: none;') el.removeAttribute('style');
  }
}

/**
 * The scatter's grey dots (some 800 occupations) as one path of circles: an SVG image is parsed,
 * laid out and drawn on the page's main thread, element by element, and recharts drew each dot as
 * a circle in two groups (2,681 of the 2,900 elements of a comparison of 12). One path draws the
 * same circles at the same places.
 */
function mergeContextDots(surface: Element): void {
  const dots = [...surface.querySelectorAll('circle.chart-context-dot')];
  const first = dots[0]?.closest('g.recharts-scatter-symbol') ?? dots[0];
  if (!first) return;
  const path = surface.ownerDocument.createElementNS('http://www.w3.org/2000/svg', 'path');
  path.setAttribute('class', 'chart-context-dot');
  path.setAttribute('d', dots.map((dot) => circlePath(Number(dot.getAttribute('cx')), Number(dot.getAttribute('cy')), Number(dot.getAttribute('r')))).join(''));
  first.replaceWith(path);
  for (const dot of dots) (dot.closest('g.recharts-scatter-symbol') ?? dot).remove();
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** A circle as two arcs of an SVG path. */
export function circlePath(cx: number, cy: number, r: number): string {
  return `M${round2(cx - r)} ${round2(cy)}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0`;
}

/** Macrotasks a chart may take to stop changing. */
export const SETTLE_TICKS = 200;

/**
 * Recharts 3 lays a chart out in effects that re-render it; production React has no `act`,
 * so wait until the markup stops changing between macrotasks. A chart still changing after
 * `maxTicks` is an error: a half drawn chart must never be served or cached.
 */
export async function settle(container: HTMLElement, maxTicks = SETTLE_TICKS): Promise<void> {
  let previous = '';
  let stable = 0;
  for (let i = 0; i < maxTicks; i++) {
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
    const html = container.innerHTML;
    stable = html === previous && html.includes('recharts-surface') ? stable + 1 : 0;
    if (stable === 2) return;
    previous = html;
  }
  throw new Error(previous.includes('recharts-surface') ? `the chart was still changing after ${maxTicks} ticks; not served half drawn` : `recharts drew no chart surface in ${maxTicks} ticks`);
}
