import { describe, expect, it } from 'vitest';
import { composeFigureSvg, figureHeight } from '@/lib/charts/render/figure-svg';
import { CHART_WIDTHS } from '@/lib/charts/spec';
import { buildComparison } from '@/lib/comparison/model';
import { comparisonFigures } from '@/lib/comparison/figures';
import { getDataset } from '@/lib/data/get-dataset';

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
