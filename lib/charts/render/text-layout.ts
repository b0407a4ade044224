import { textWidth } from './text-width';

/** The size of every chart text but titles: 12 px, as displayed on a 390 px phone (the narrow layout is drawn at its display width). */
export const CHART_FONT = 12;
/** Line advance of chart text. */
export const LINE_HEIGHT = 14;

/**
 * Breaks text into lines no wider than `maxWidth` px at `fontSize`, measured with the chart
 * font's widths; past `maxLines` the last kept line ends with "…". A single word wider than the
 * line is cut with "…" too, so no line ever runs out of its box.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, maxLines: number, weight = 400): string[] {
  const fits = (line: string) => textWidth(line, fontSize, weight) <= maxWidth;
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    const next = current ? `${current} ${word}` : word;
    if (fits(next) || !current) current = next;
    else {
      lines.push(current);
      current = word;
    }
  }
  if (current) lines.push(current);
  const kept = lines.slice(0, maxLines);
  if (lines.length > maxLines) kept[maxLines - 1] = `${kept[maxLines - 1]} ${lines.slice(maxLines).join(' ')}`;
  return kept.map((line, i) => (fits(line) && !(i === maxLines - 1 && lines.length > maxLines) ? line : ellipsize(line, (l) => fits(l))));
}

function ellipsize(line: string, fits: (line: string) => boolean): string {
  let cut = line;
  while (cut.length > 1 && !fits(`${cut}…`)) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

/** Escapes text for SVG/XML content and attributes. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
