import { describe, expect, it } from 'vitest';
import { composeFigureSvg, figureHeight } from '@/lib/charts/render/figure-svg';
import { CHART_WIDTHS } from '@/lib/charts/spec';
import { buildComparison } from '@/lib/comparison/model';
import { comparisonFigures } from '@/lib/comparison/figures';
import { getDataset } from '@/lib/data/get-dataset';
import { getProfile } from '@/lib/profile/model';
import { profileFile } from '@/lib/profile/files';

/** The text of the figure's muted lines (subtitle, notes, source), joined as read. */
function mutedText(svg: string): string[] {
  return [...svg.matchAll(/<text [^>]*class="fig-muted">([^<]*)<\/text>/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
}

describe('composeFigureSvg', () => {
  const dataset = getDataset();
  const comparison = buildComparison(dataset, { codes: ['29-2071', '31-9094', '31-9092'], vintage: '2008-18', wageYear: 2008, dollars: null });
  const figures = comparisonFigures(dataset, comparison);

  it('keeps every word of the source line and the notes at the narrow width, cut nowhere', () => {
    for (const f of figures) {
      const svg = composeFigureSvg(f.spec, '', CHART_WIDTHS.narrow);
      const text = mutedText(svg).join(' ');
      expect(text, f.slug).not.toContain('…');
      expect(text.replace(/\s+/g, ' '), f.slug).toContain(`Reference period: ${f.spec.referencePeriod}.`);
      for (const note of f.spec.notes) expect(text.replace(/\s+/g, ' '), f.slug).toContain(note.replace(/\s+/g, ' '));
    }
  });

  it('is as tall as the page reserves for it', () => {
    const f = figures.find((x) => x.slug === 'growth-vs-wage')!;
    const svg = composeFigureSvg(f.spec, '', CHART_WIDTHS.narrow);
    expect(Number(/viewBox="0 0 \d+ (\d+)"/.exec(svg)?.[1])).toBe(figureHeight(f.spec, CHART_WIDTHS.narrow));
  });
});

describe('the legend', () => {
  const dataset = getDataset();
  const legendText = (svg: string) => [...svg.matchAll(/<text [^>]*class="fig-text">([^<]*)<\/text>/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));

  it('draws the scatter\'s other occupations as a dot, as its marks are', () => {
    const comparison = buildComparison(dataset, { codes: ['29-2072', '29-1141'], vintage: '2024-34', wageYear: 2024, dollars: null });
    const scatter = comparisonFigures(dataset, comparison).find((f) => f.slug === 'growth-vs-wage')!;
    const svg = composeFigureSvg(scatter.spec, '', CHART_WIDTHS.narrow);
    const other = svg.indexOf('>Other occupations<');
    expect(other).toBeGreaterThan(0);
    // The swatch is drawn just before its label.
    const swatch = svg.slice(svg.lastIndexOf('<', svg.lastIndexOf('<text', other) - 1), svg.lastIndexOf('<text', other));
    expect(swatch).toMatch(/^<circle [^>]*fill="#b5b5b5"\/>$/);
  });

  it('writes every series of a profile\'s wage history in full, at both widths (29-2072: three codes, 29-2098\'s title is 100 characters)', () => {
    const p = getProfile(dataset, '29-2072')!;
    const spec = profileFile(p, 'wages')!.spec;
    for (const width of [CHART_WIDTHS.narrow, CHART_WIDTHS.wide]) {
      const text = legendText(composeFigureSvg(spec, '', width)).join(' ');
      expect(text).not.toContain('…');
      // The title as the OEWS May 2020 file names 29-2098, wrapped but whole.
      expect(text.replace(/\s+/g, ' ')).toMatch(/29-2098 Medical dosimetrists, medical records specialists, and health technologists and technicians, all other/i);
    }
  });
});
