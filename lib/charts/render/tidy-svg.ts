/**
 * What recharts leaves in its SVG that draws nothing, taken out before the figure is served:
 * an SVG image is parsed, styled and laid out on the page's main thread element by element and
 * attribute by attribute, so every node it does not need is a cost to each reader's phone.
 * - groups with no attribute but recharts' own class names (its layers and wrappers): their
 *   children take their place; empty groups, `<defs>`, `<title>` and `<desc>` go;
 * - attributes an SVG element does not take, which recharts copies from its props: geometry
 *   (`x`, `y`, `width`, `height`) on lines and paths, and `angle`, `orientation`, `radius`,
 *   `display` holding a value that is no display (the bars' "4.9%"), `font-size` on lines;
 * - coordinates written to 15 digits (`d="M129.41176470588235,151.081814…"`): rounded to a
 *   hundredth of a pixel, which no screen or printer shows (the 12-occupation wage trend at 340 px:
 *   73 → 67 KB, 8.1 → 7.0 KB gzipped).
 * What is drawn is unchanged: the same shapes, text and styles, in the same order.
 */
export function tidySvg(surface: Element): void {
  for (const el of [...surface.querySelectorAll('*')]) {
    for (const name of ATTRIBUTES_IGNORED) el.removeAttribute(name);
    if (el.hasAttribute('display') && !DISPLAY_VALUES.has(el.getAttribute('display') ?? '')) el.removeAttribute('display');
    if (!GEOMETRY_TAKERS.has(el.localName)) for (const name of GEOMETRY) el.removeAttribute(name);
    if (el.localName === 'line' || el.localName === 'path' || el.localName === 'circle') el.removeAttribute('font-size');
    for (const name of COORDINATES) {
      const value = el.getAttribute(name);
      if (value === null) continue;
      const rounded = value.replace(LONG_DECIMALS, hundredths);
      if (rounded !== value) el.setAttribute(name, rounded);
    }
  }
  // Innermost first, so a wrapper emptied by its children's removal goes too.
  for (const el of [...surface.querySelectorAll('g, defs, title, desc')].reverse()) {
    if (el.localName === 'defs') {
      if (!el.hasChildNodes()) el.remove();
      continue;
    }
    if (el.localName !== 'g') {
      if (!el.textContent?.trim()) el.remove();
      continue;
    }
    if (!el.hasChildNodes()) {
      el.remove();
      continue;
    }
    if (onlyRechartsClasses(el)) el.replaceWith(...el.childNodes);
  }
}

const ATTRIBUTES_IGNORED = ['angle', 'orientation', 'radius'];
const GEOMETRY = ['x', 'y', 'width', 'height'];
/** Elements for which x, y, width or height mean something. */
const GEOMETRY_TAKERS = new Set(['svg', 'rect', 'text', 'tspan', 'image', 'use', 'foreignObject', 'pattern', 'mask', 'filter', 'clipPath', 'symbol']);
const DISPLAY_VALUES = new Set(['none', 'inline', 'block', 'inherit']);
/** Attributes that hold only coordinates and lengths in user units. */
const COORDINATES = ['d', 'points', 'transform', 'x', 'y', 'x1', 'y1', 'x2', 'y2', 'cx', 'cy', 'r', 'width', 'height'];
/** Numbers with more than two decimals, or with an exponent (recharts writes 1.2e-7 at times). */
const LONG_DECIMALS = /-?(?:\d+\.\d{3,}|\d*\.?\d+e[-+]?\d+)/gi;

/** A number to the hundredth, as short as it goes ("12.50" is "12.5", "-0.001" is "0"). */
function hundredths(number: string): string {
  return String(Math.round(Number(number) * 100) / 100 || 0);
}

/** A group whose only attribute is a class of recharts' own names: it neither styles nor places anything of ours. */
function onlyRechartsClasses(el: Element): boolean {
  if (el.attributes.length === 0) return true;
  if (el.attributes.length > 1 || !el.hasAttribute('class')) return false;
  return (el.getAttribute('class') ?? '').split(/\s+/).filter(Boolean).every((c) => c.startsWith('recharts-'));
}
