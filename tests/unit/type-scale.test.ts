import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// components/globals.css: one type scale for the site. Every size and weight a page shows is a font
// the browser sets up before the first layout, so a stylesheet that adds a step in between costs
// every page that shows it. Print sizes (pt, inside @media print) are the handout's own.
const SCREEN_SIZES = new Set(['0.75rem', '0.875rem', '1rem', '1.125rem', '1.25rem', '1.75rem', '2rem', 'inherit']);
const WEIGHTS = new Set(['400', '700', 'normal', 'bold', 'inherit']);


/** The declarations of a stylesheet outside its `@media print` blocks. */
function screenCss(css: string): string {
  let out = '';
  let i = 0;
  for (const match of css.matchAll(/@media print\s*\{/g)) {
    out += css.slice(i, match.index);
    let depth = 1;
    let j = match.index + match[0].length;
    for (; j < css.length && depth > 0; j++) depth += css[j] === '{' ? 1 : css[j] === '}' ? -1 : 0;
    i = j;
  }
  return out + css.slice(i);
}

const COMPONENTS = path.join(process.cwd(), 'components');
const files = readdirSync(COMPONENTS, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.css')).map((f) => path.join(COMPONENTS, f));

describe('the type scale', () => {
  it('finds the stylesheets', () => {
    expect(files.map((f) => path.basename(f))).toContain('globals.css');
  });

  it('keeps every font size and weight on screen to the scale', () => {
    const off: string[] = [];
    for (const file of files) {
      const css = screenCss(readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, ''));
      for (const [property, allowed] of [['font-size', SCREEN_SIZES], ['font-weight', WEIGHTS]] as const) {
        for (const match of css.matchAll(new RegExp(`${property}:\\s*([^;}]+)`, 'g'))) {
          const value = (match[1] ?? '').trim();
          if (!allowed.has(value)) off.push(`${path.basename(file)}: ${property} ${value}`);
        }
      }
    }
    expect(off).toEqual([]);
  });

  it('reads a print block out and leaves the rest', () => {
    expect(screenCss('a { font-size: 1rem; } @media print { h1 { font-size: 16pt; } } b { font-size: 2rem; }')).toBe('a { font-size: 1rem; }  b { font-size: 2rem; }');
  });
});
