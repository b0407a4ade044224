// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { circlePath, renderFigure } from '@/lib/charts/render/render-figure';
import type { ChartSpec } from '@/lib/charts/spec';

/**
 * Every data mark of every chart kind carries what it says when touched (components/enhance/
 * chart-values.ts): its label, its value as the spec writes it, and its period. The expected
 * words are written out here, not computed by lib/charts/marks.ts.
 */
const frame = { title: 'T', subtitle: 'S', source: 'Src', referencePeriod: 'May 2024', altText: 'Alt', legend: [], notes: [] };

async function marksOf(spec: ChartSpec, width: number): Promise<{ svg: Element; marks: Record<string, string | null>[] }> {
  const text = await renderFigure(spec, width, document);
  const svg = new DOMParser().parseFromString(text, 'image/svg+xml').documentElement;
  const marks = [...svg.querySelectorAll('[data-mark]')].map((m) => ({
    mark: m.getAttribute('data-mark'),
    label: m.getAttribute('data-label'),
    value: m.getAttribute('data-value'),
    period: m.getAttribute('data-period'),
  }));
  return { svg, marks };
}

const unique = (marks: Record<string, string | null>[]) => [...new Map(marks.map((m) => [m.mark, m])).values()];

describe.each([340, 760])('chart marks at %i px', (width) => {
  it('bars: one mark per drawn bar, none for a bar not drawn; a tip may name the occupation and its own period', async () => {
    const spec: ChartSpec = {
      ...frame, id: 'bars', kind: 'bar', format: 'percent', reference: null,
      bars: [
        { key: '29-2072', label: 'Medical records specialists', color: '#1f77b4', value: 7.1, display: '7.1%', topCoded: false },
        { key: '29-1141', label: 'Registered nurses', color: '#ff7f0e', value: null, display: 'Not available: x', topCoded: false },
        { key: '31-9092', label: 'EP 2024-34', color: '#2ca02c', value: -2.5, display: '-2.5%', topCoded: false, tip: { label: 'Medical assistants', period: 'EP 2024-34: 2024 to 2034' } },
      ],
    };
    const { svg, marks } = await marksOf(spec, width);
    expect(marks).toEqual([
      { mark: '0-0', label: 'Medical records specialists', value: '7.1%', period: 'May 2024' },
      { mark: '0-2', label: 'Medical assistants', value: '-2.5%', period: 'EP 2024-34: 2024 to 2034' },
    ]);
    // Every drawn bar is a mark.
    expect(svg.querySelectorAll('path.recharts-rectangle').length).toBe(2);
    // Nothing inside is focusable: the picture stays one Tab stop when put inline.
    expect(svg.querySelectorAll('[tabindex], [role="application"]').length).toBe(0);
  });

  it('grouped bars: a mark per bar, named by group and series', async () => {
    const spec: ChartSpec = {
      ...frame, id: 'grouped', kind: 'grouped-bar', format: 'percent', reference: null,
      series: [{ key: 'p', label: 'Projected', color: '#111' }, { key: 'a', label: 'Actual', color: '#999' }],
      groups: [{ key: '29-0000', label: 'Healthcare practitioners', values: [16.5, 20.1], displays: ['16.5%', '20.1%'] }],
    };
    const { svg, marks } = await marksOf(spec, width);
    expect(marks).toEqual([
      { mark: '0-0', label: 'Healthcare practitioners: projected', value: '16.5%', period: 'May 2024' },
      { mark: '0-1', label: 'Healthcare practitioners: actual', value: '20.1%', period: 'May 2024' },
    ]);
    expect(svg.querySelectorAll('path.recharts-rectangle').length).toBe(2);
  });

  it('wage ranges: every segment of a row is its mark, with the median and the range', async () => {
    const spec: ChartSpec = {
      ...frame, id: 'range', kind: 'range', format: 'usd', reference: null,
      rows: [{ key: '29-1141', label: 'Registered nurses', color: '#ff7f0e', percentiles: [66030, 76850, 93600, 114970, 135320], topCoded: [false, false, false, false, false], display: '$66,030 – $135,320' }],
    };
    const { svg, marks } = await marksOf(spec, width);
    // The transparent base of the stack (0 to the 10th percentile) is not a mark.
    expect(marks).toHaveLength(svg.querySelectorAll('path.recharts-rectangle:not([fill="transparent"])').length);
    expect(marks).toHaveLength(4);
    expect(unique(marks)).toEqual([{ mark: '0-0', label: 'Registered nurses', value: 'Median $93,600; 10th–90th percentile $66,030 – $135,320', period: 'May 2024' }]);
  });

  it('lines: a mark per point with its May, the value as its table writes it; a top-coded point says ≥', async () => {
    const spec: ChartSpec = {
      ...frame, id: 'line', kind: 'line', format: 'usd', breaks: [],
      series: [{ key: 's', label: 'Actors', color: '#1f77b4', points: [{ x: 2019, y: 19.8, display: '$19.80' }, { x: 2020, y: null }, { x: 2021, y: 23.12, display: '$23.12' }, { x: 2022, y: 239200, topCoded: true }] }],
    };
    const { svg, marks } = await marksOf(spec, width);
    expect(marks).toEqual([
      { mark: '0-0', label: 'Actors', value: '$19.80', period: 'May 2019' },
      { mark: '0-2', label: 'Actors', value: '$23.12', period: 'May 2021' },
      { mark: '0-3', label: 'Actors', value: '≥ $239,200', period: 'May 2022' },
    ]);
    expect(svg.querySelectorAll('circle.recharts-line-dot[data-mark]').length).toBe(2);
  });

  it('scatter: a mark per selected occupation with both values; the grey context dots are not marks', async () => {
    const spec: ChartSpec = {
      ...frame, id: 'scatter', kind: 'scatter', referencePeriod: '2024 to 2034; May 2024',
      x: { label: 'Median annual wage', format: 'usd', reference: null },
      y: { label: 'Projected change, %', format: 'percent', reference: null },
      points: [{ key: '29-2072', label: 'Medical records specialists', color: '#1f77b4', x: 50250, y: 7.1 }],
      context: [{ x: 40000, y: 2 }, { x: 90000, y: -3 }],
    };
    const { svg, marks } = await marksOf(spec, width);
    expect(marks).toEqual([{ mark: '0-0', label: 'Medical records specialists', value: 'Median annual wage $50,250; Projected change 7.1%', period: '2024 to 2034; May 2024' }]);
    // Drawn as one path of circles, not a circle in two groups each (cheaper for the browser to draw).
    expect(svg.querySelectorAll('circle.chart-context-dot').length).toBe(0);
    const dots = svg.querySelectorAll('path.chart-context-dot');
    expect(dots.length).toBe(1);
    expect(dots[0]?.hasAttribute('data-mark')).toBe(false);
    expect(dots[0]?.getAttribute('d')?.match(/M/g)?.length).toBe(spec.context.length);
  });
});

describe('circlePath', () => {
  it('draws a circle of radius r centred on (cx, cy) as two half arcs', () => {
    expect(circlePath(10, 20, 2)).toBe('M8 20a2 2 0 1 0 4 0a2 2 0 1 0 -4 0');
    expect(circlePath(269.41064, 154.768, 1.8)).toBe('M267.61 154.77a1.8 1.8 0 1 0 3.6 0a1.8 1.8 0 1 0 -3.6 0');
  });
});
