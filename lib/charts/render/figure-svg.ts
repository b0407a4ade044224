import type { ChartSpec } from '@/lib/charts/spec';
import { CHART_FONT, escapeXml, wrapText } from './text-layout';
import { textWidth } from './text-width';
import { plotSize } from './plot-size';

/**
 * Wraps a plot's SVG with everything a chart needs when it travels alone: title, units,
 * legend, notes, source and reference period. The result is the figure on the page and the
 * file people download, so the two cannot differ.
 */
export function composeFigureSvg(spec: ChartSpec, plotSvg: string, width: number): string {
  const plot = plotSize(spec, width);
  const pad = 12;
  const parts: string[] = [];
  let y = pad;
  const textBlock = (text: string, size: number, cls: string, weight = 400, maxLines = 4): void => {
    for (const line of wrapText(text, width - pad * 2, size, maxLines, weight)) {
      y += size * 1.25;
      parts.push(`<text x="${pad}" y="${y.toFixed(1)}" font-size="${size}" font-weight="${weight}" class="${cls}">${escapeXml(line)}</text>`);
    }
  };
  textBlock(spec.title, width < 500 ? 15 : 17, 'fig-title', 700);
  textBlock(spec.subtitle, CHART_FONT, 'fig-muted');
  y += 6;
  y = legend(spec, parts, y, width, pad);
  const plotTop = y + 4;
  parts.push(`<g transform="translate(0 ${plotTop.toFixed(1)})">${plotSvg}</g>`);
  y = plotTop + plot.height + 4;
  // Notes and the source line are the figure's provenance: wrapped as long as they are, never cut.
  for (const note of spec.notes) textBlock(note, CHART_FONT, 'fig-muted', 400, PROVENANCE_MAX_LINES);
  textBlock(sourceLine(spec), CHART_FONT, 'fig-muted', 400, PROVENANCE_MAX_LINES);
  const height = Math.ceil(y + pad);
  const uid = `${spec.id}-${width}`;
  const titleId = `${uid}-title`;
  const descId = `${uid}-desc`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="figure-svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${titleId} ${descId}" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif">`,
    `<title id="${titleId}">${escapeXml(spec.title)}</title>`,
    `<desc id="${descId}">${escapeXml(spec.altText)}</desc>`,
    `<style>${FIGURE_STYLE}</style>`,
    `<defs>${hatches(spec, width)}</defs>`,
    `<rect class="fig-bg" x="0" y="0" width="${width}" height="${height}"/>`,
    ...parts,
    '</svg>',
  ].join('');
}

/**
 * The figure's height at a width, without drawing it: pages size the image box before it
 * loads, so nothing moves (no layout shift).
 */
export function figureHeight(spec: ChartSpec, width: number): number {
  const svg = composeFigureSvg(spec, '', width);
  return Number(/viewBox="0 0 \d+ (\d+)"/.exec(svg)?.[1] ?? 0);
}

/** Lines a legend label may take: enough for the longest SOC title with its code at the narrow width. */
const LEGEND_MAX_LINES = 3;

/** More lines than any shipped note or source line takes at the narrow width. */
const PROVENANCE_MAX_LINES = 20;

function sourceLine(spec: ChartSpec): string {
  return `Source: ${spec.source}. Reference period: ${spec.referencePeriod}.`;
}

/**
 * The legend, item after item, wrapping to a new row when one does not fit; a label longer than
 * the row is wrapped over two lines. A numbered item (the scatter's key) shows its number in
 * the swatch, the number written beside its point. A label is never cut short: it wraps over as
 * many as three lines (a profile names a code's full title, e.g. 29-2098's 100 characters).
 */
function legend(spec: ChartSpec, parts: string[], top: number, width: number, pad: number): number {
  let x = pad;
  let y = top;
  let rowHeight = 0;
  for (const item of spec.legend) {
    const numberText = item.number != null ? String(item.number) : '';
    const swatchWidth = item.number != null ? 16 + textWidth(numberText, CHART_FONT, 700) : 12;
    const lines = wrapText(item.label, width - pad * 2 - swatchWidth - 5, CHART_FONT, LEGEND_MAX_LINES);
    const w = swatchWidth + 5 + Math.max(...lines.map((l) => textWidth(l, CHART_FONT))) + 14;
    if (x + w > width - pad && x > pad) {
      x = pad;
      y += rowHeight;
      rowHeight = 0;
    }
    const swatch = item.number != null
      ? `<circle cx="${x + 6}" cy="${y + 8}" r="6" fill="${item.color}"/><text x="${x + 16}" y="${y + 12.5}" font-size="${CHART_FONT}" font-weight="700" class="fig-text">${numberText}</text>`
      : item.dot
        ? `<circle cx="${x + 6}" cy="${y + 8}" r="3.5" fill="${item.color}"/>`
        : item.dashed
        ? `<line x1="${x}" x2="${x + 12}" y1="${y + 8}" y2="${y + 8}" stroke="${item.color}" stroke-width="2" stroke-dasharray="3 2"/>`
        : `<rect x="${x}" y="${y + 2}" width="12" height="12" rx="2" fill="${item.color}"/>`;
    const text = lines.map((line, i) => `<text x="${x + swatchWidth + 5}" y="${(y + 12.5 + i * 15).toFixed(1)}" font-size="${CHART_FONT}" class="fig-text">${escapeXml(line)}</text>`).join('');
    parts.push(swatch + text);
    rowHeight = Math.max(rowHeight, 3 + lines.length * 15);
    x += w;
  }
  return spec.legend.length ? y + rowHeight + 4 : y;
}

/** Top-coded bars are hatched in their occupation's colour. */
function hatches(spec: ChartSpec, width: number): string {
  if (spec.kind !== 'bar') return '';
  return spec.bars
    .filter((b) => b.topCoded)
    .map((b) => `<pattern id="${hatchId(b.key, width)}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="${b.color}" fill-opacity="0.3"/><line x1="0" y1="0" x2="0" y2="6" stroke="${b.color}" stroke-width="3"/></pattern>`)
    .join('');
}

const LIGHT_STYLE = [
  '.fig-bg{fill:#fff}',
  '.fig-title,.fig-text,.chart-tick{fill:#1a1a1a}',
  '.chart-value-label{fill:#1a1a1a!important}',
  // A halo in the background colour: a grid or reference line passing behind a label stops short of its letters.
  '.chart-value-label,.chart-reference-label{paint-order:stroke;stroke:#fff;stroke-width:3px;stroke-linejoin:round}',
  '.fig-muted,.chart-reference-label,.chart-axis-label{fill:#4a4a4a}',
  '.chart-axis text{fill:#333}',
  '.chart-axis line,.chart-axis path{stroke:#888}',
  '.chart-grid line,line.chart-grid{stroke:#e3e3e3}',
  '.chart-reference line,.chart-reference{stroke:#333}',
  '.chart-baseline line,.chart-baseline{stroke:#555}',
  '.chart-point-label{fill:#1a1a1a;paint-order:stroke;stroke:#fff;stroke-width:3px;stroke-linejoin:round}',
  '.chart-break line,.chart-break{stroke:#b00}',
  '.chart-context-dot{fill:#bbb;fill-opacity:.55}',
  '.chart-point{stroke:#fff}',
  '.chart-median-edge{stroke:#1a1a1a;stroke-width:0}',
].join('');

const DARK_STYLE = [
  '@media (prefers-color-scheme: dark){',
  '.fig-bg{fill:#121417}',
  '.fig-title,.fig-text,.chart-tick{fill:#f0f0f0}',
  '.chart-value-label{fill:#f0f0f0!important}',
  '.chart-value-label,.chart-reference-label{stroke:#121417}',
  '.fig-muted,.chart-reference-label,.chart-axis-label{fill:#c4c4c4}',
  '.chart-axis text{fill:#ddd}',
  '.chart-grid line,line.chart-grid{stroke:#2e3238}',
  '.chart-reference line,.chart-reference{stroke:#ddd}',
  '.chart-baseline line,.chart-baseline{stroke:#aaa}',
  '.chart-point-label{fill:#f0f0f0;stroke:#121417}',
  '.chart-break line,.chart-break{stroke:#ff7b7b}',
  '.chart-context-dot{fill:#666}',
  '.chart-point{stroke:#121417}',
  '}',
].join('');

/**
 * Every rule is scoped to the figure's own root: the same SVG is put inline in the page by
 * components/enhance/chart-values.ts, where an unscoped `<style>` would apply to the whole page.
 */
function scoped(rules: string): string {
  return rules.replace(/(^|[{}])([^{}@]+)\{/g, (_, before: string, selectors: string) => `${before}${selectors.split(',').map((s) => `.figure-svg ${s.trim()}`).join(',')}{`);
}

const FIGURE_STYLE = scoped(LIGHT_STYLE) + scoped(DARK_STYLE);

/**
 * The figure as a file to keep: light colours only. On the page the chart follows the
 * reader's colour scheme; a saved SVG or PNG goes into reports and slides, where it must look
 * the same wherever it is opened.
 */
export function lightFigureSvg(svg: string): string {
  return svg.replace(scoped(DARK_STYLE), '');
}

/** Pattern ids carry the width: both layouts of a chart sit in one page. */
export function hatchId(key: string, width: number): string {
  return `hatch-${key.replace(/[^A-Za-z0-9-]/g, '')}-${width}`;
}
