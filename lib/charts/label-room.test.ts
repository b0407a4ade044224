import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_DIR } from '@/lib/data/get-dataset';
import { splitLine } from '@/tests/unit/raw-csv';
import { formatValue, type ValueFormat } from '../tables/format';
import { CHART_WIDTHS } from './spec';
import { bandAxis, EndValueLabel } from './render/band-parts';
import { axisWidth } from './render/plot-size';
import { CHART_FONT } from './render/text-layout';
import { textWidth } from './render/text-width';

/** A cell of a code's row in 2008-18 Table 1.2, read without the app's parser: 7 is the change in percent. */
function table12Cell(socCode: string, column: number): number {
  const text = readFileSync(path.join(DATA_DIR, 'projections', '2008-18', 'table_1.2.csv'), 'utf8');
  const line = text.split(/\r?\n/).find((l) => splitLine(l)[1] === socCode);
  if (!line) throw new Error(`${socCode} is not in 2008-18 Table 1.2`);
  return Number(splitLine(line)[column]);
}
const growthCell = (socCode: string) => table12Cell(socCode, 7);

/**
 * The axis of a bar chart as BarPlot asks for it at a width (bars labelled with their values, as
 * the comparison's growth chart writes them, lib/comparison/charts.test.ts; the all-occupations
 * reference among the values), with the plot's width and the bars' labels.
 */
function barAxis(bars: readonly number[], reference: number, width: number, format: ValueFormat = 'percent') {
  const size = { width, height: 300 };
  const labels = bars.map((v) => ({ end: v, width: textWidth(formatValue(v, format), CHART_FONT), inside: true }));
  const band = bandAxis([...bars, reference], labels, size, axisWidth(size), format);
  return { ...band, plotWidth: width - axisWidth(size) - band.margin.right, labels };
}

/** Every label fits in the plot past its bar's end, or inside its bar (from zero) with 4 px either side. */
function labelsFit(domain: [number, number], plotWidth: number, labels: { end: number; width: number }[]): boolean {
  const px = (v: number) => ((v - domain[0]) / (domain[1] - domain[0])) * plotWidth;
  return labels.every(({ end, width }) => {
    const outside = end < 0 ? px(end) - 4 - width >= 0 : px(end) + 4 + width <= plotWidth;
    return outside || Math.abs(px(end) - px(0)) >= width + 8;
  });
}

const narrow = CHART_WIDTHS.narrow;
/** Medical records and health information technicians, pharmacy aides, medical assistants, pharmacy technicians. */
const SHRINK_AND_GROW = ['29-2071', '31-9095', '31-9092', '29-2052'];
const STORY = ['29-2071', '31-9094', '31-9092', '43-6013', '11-9111', '29-1111'];

describe('the value axis of a bar chart with room for its value labels', () => {
  const growth = SHRINK_AND_GROW.map(growthCell);
  const all = growthCell('00-0000');
  const [min, max] = [growthCell('31-9095'), growthCell('31-9092')];

  it('reads the 2008-18 growth of the example from Table 1.2', () => {
    // Pharmacy aides shrink (-6.29%), medical assistants grow most (33.9%); all occupations 10.12%.
    expect([min, max, all]).toEqual([-6.29, 33.9, 10.12]);
    expect(Math.min(...growth)).toBe(min);
    expect(Math.max(...growth)).toBe(max);
  });

  it('runs the phone-width growth axis from -20% to 40%, not -50% to 100%', () => {
    // By hand: four ticks asked for a span of 40.19 give a step of 10, and the round values past
    // the data are -10 and 40; but six ticks "-10%" … "40%" (31 px + 10 apart) do not fit
    // 5 × 38 px of a 190 px plot, so the step is 20: -20 and 40.
    const { axis, plotWidth, labels } = barAxis(growth, all, narrow);
    expect(axis.domain).toEqual([-20, 40]);
    expect(axis.ticks).toEqual([-20, 0, 20, 40]);
    expect(axis.baseline).toBe(0);
    expect(plotWidth).toBe(340 - 132 - 18);
    expect(labelsFit(axis.domain, plotWidth, labels)).toBe(true);
  });

  it('ends each side of the phone-width axis at most one step past the next round value beyond the data', () => {
    // The step four ticks ask for over -6.29 … 33.9 is 10 (1, 2 or 5 × 10ⁿ nearest 40.19 / 4):
    // the next round values are -10 and 40, and the domain stays within -20 … 50.
    const step = 10;
    const { axis } = barAxis(growth, all, narrow);
    expect(axis.domain[0]).toBeGreaterThanOrEqual(Math.floor(min / step) * step - step);
    expect(axis.domain[1]).toBeLessThanOrEqual(Math.ceil(max / step) * step + step);
  });

  it('keeps the wide growth axis on the next round values: -10% to 40% by tens', () => {
    const { axis, plotWidth, labels } = barAxis(growth, all, CHART_WIDTHS.wide);
    expect(axis.domain).toEqual([-10, 40]);
    expect(axis.ticks).toEqual([-10, 0, 10, 20, 30, 40]);
    expect(labelsFit(axis.domain, plotWidth, labels)).toBe(true);
  });

  it('ends the story chart (all growth positive, 33.9% at most) at 40% on a phone, writing that label inside its bar', () => {
    const { axis, plotWidth, labels } = barAxis(STORY.map(growthCell), all, narrow);
    expect(axis.domain).toEqual([0, 40]);
    expect(axis.ticks).toEqual([0, 10, 20, 30, 40]);
    // "33.9%" past a bar ending at 33.9/40 of 190 px would end at 161 + 4 + 38 px: inside it goes.
    const top = labels.find((l) => l.end === max)!;
    expect((max / 40) * plotWidth + 4 + top.width).toBeGreaterThan(plotWidth);
    expect(labelsFit(axis.domain, plotWidth, labels)).toBe(true);
  });

  it('gives growth and employment at both widths an axis with room for its labels, at most a step past the data', () => {
    const codes = ['29-2071', '31-9095', '31-9092', '11-9111', '29-1111'];
    // Employment 2008 and 2018 (thousands, cells 2 and 3) and the change in percent (cell 7).
    for (const [column, format] of [[7, 'percent'], [2, 'thousands'], [3, 'thousands']] as const) {
      const bars = codes.map((c) => table12Cell(c, column));
      for (const width of [narrow, CHART_WIDTHS.wide]) {
        const { axis, plotWidth, labels } = barAxis(bars, table12Cell('29-2071', column), width, format);
        expect(labelsFit(axis.domain, plotWidth, labels)).toBe(true);
        expect(axis.ticks.length).toBeGreaterThanOrEqual(3);
        expect(axis.domain[1]).toBeLessThanOrEqual(Math.ceil(Math.max(...bars) / axis.step) * axis.step + axis.step);
      }
    }
  });
});

describe('EndValueLabel', () => {
  const props = (el: unknown) => (el as { props: { x: number; textAnchor: string } }).props;

  it('writes a label past the bar end when it fits before the plot edge', () => {
    expect(props(EndValueLabel({ x: 132, y: 0, width: 100, height: 20, value: '20.3%', plotLeft: 132, plotRight: 322 }))).toMatchObject({ x: 236, textAnchor: 'start' });
  });

  it('writes it inside the bar, against its end, when past the end it would leave the plot', () => {
    // The bar ends at 293 px; "33.9%" (38 px) from 297 would reach 335, past 322.
    expect(props(EndValueLabel({ x: 132, y: 0, width: 161, height: 20, value: '33.9%', plotLeft: 132, plotRight: 322 }))).toMatchObject({ x: 289, textAnchor: 'end' });
  });

  it('writes a negative bar\'s label left of its end, or inside from its end when there is no room', () => {
    expect(props(EndValueLabel({ x: 195, y: 0, width: -20, height: 20, value: '-6.3%', plotLeft: 132, plotRight: 322 }))).toMatchObject({ x: 171, textAnchor: 'end' });
    expect(props(EndValueLabel({ x: 195, y: 0, width: -55, height: 20, value: '-6.3%', plotLeft: 132, plotRight: 322 }))).toMatchObject({ x: 144, textAnchor: 'start' });
  });
});
