import type { ValueFormat } from '../tables/format';
import { axisOnStep, axisTickFormatter, roundSteps, valueAxis, type AxisOptions, type ValueAxis } from './ticks';

/** A bar's value label: written past the bar's end (right of a positive bar, left of a negative one). */
export interface EndLabel {
  /** Where the bar ends (0 for a bar not drawn: its label starts at zero). */
  end: number;
  width: number;
  /** The bar runs from zero to `end`, and the label may be written inside it, against its end, when there is no room past it. */
  inside?: boolean;
}

/** Space between a bar's end and its label, in px. */
export const LABEL_GAP = 4;

export type LabelPlace = 'outside' | 'inside';

/**
 * Where a bar's end label goes on `axis` drawn `plotWidth` px wide: past the bar's end when it
 * fits before the plot's edge, else inside the bar when allowed and the bar is long enough,
 * else nowhere (null).
 */
export function endLabelPlace(label: EndLabel, axis: ValueAxis, plotWidth: number): LabelPlace | null {
  const [d0, d1] = axis.domain;
  const px = (v: number) => ((v - d0) / (d1 - d0)) * plotWidth;
  const end = px(label.end);
  const fitsOutside = label.end < 0 ? end - LABEL_GAP - label.width >= 0 : end + LABEL_GAP + label.width <= plotWidth;
  if (fitsOutside) return 'outside';
  if (label.inside && Math.abs(end - px(0)) >= label.width + 2 * LABEL_GAP) return 'inside';
  return null;
}

/**
 * The tightest round value axis (lib/charts/ticks.ts) whose tick labels (measured by `measure`)
 * keep 10 px apart and whose bar end labels all fit inside the plot, outside their bars or, where
 * allowed, inside. Steps from the one valueAxis gives for `options.count` up, each with the domain
 * on the next round values past the data or one or two steps further: the smallest domain wins,
 * then the fewest labels inside bars, then the number of ticks nearest `options.count` (+1), then
 * 1, 2 or 5 × 10ⁿ over 2.5 × 10ⁿ, then the finer step; fewer than 3 ticks only when nothing else
 * fits. `plotWidth` may depend on the axis (the right margin holds half the last tick).
 */
export function horizontalAxis(
  values: readonly number[],
  labels: readonly EndLabel[],
  plotWidth: number | ((axis: ValueAxis) => number),
  options: AxisOptions,
  format: ValueFormat,
  measure: (text: string) => number,
): ValueAxis {
  const rule = valueAxis(values, options);
  const finite = values.filter((v) => Number.isFinite(v));
  const zero = (options.includeZero ?? true) || !finite.length ? [0] : [];
  let lo = Math.min(...finite, ...zero);
  let hi = Math.max(...finite, ...zero);
  if (!(hi > lo)) [lo, hi] = rule.domain;
  const widthOf = typeof plotWidth === 'number' ? () => plotWidth : plotWidth;
  let best: { axis: ValueAxis; rank: number[] } | null = null;
  for (const step of roundSteps(rule.step, 2 * (hi - lo))) {
    for (const extraLo of lo < 0 ? [0, 1, 2] : [0]) {
      for (const extraHi of hi > 0 ? [0, 1, 2] : [0]) {
        const axis = axisOnStep(lo - extraLo * step, hi + extraHi * step, step);
        const width = widthOf(axis);
        if (!ticksFit(axis, width, format, measure)) continue;
        const places = labels.map((l) => endLabelPlace(l, axis, width));
        if (places.includes(null)) continue;
        const intervals = axis.ticks.length - 1;
        const rank = [intervals < 2 ? 1 : 0, axis.domain[1] - axis.domain[0], places.filter((p) => p === 'inside').length, Math.abs(intervals - options.count), isQuarter(step) ? 1 : 0, step];
        if (!best || before(rank, best.rank)) best = { axis, rank };
      }
    }
  }
  return best?.axis ?? rule;
}

/** Tick labels at least 10 px apart. */
function ticksFit(axis: ValueAxis, plotWidth: number, format: ValueFormat, measure: (text: string) => number): boolean {
  const tick = axisTickFormatter(axis, format);
  const widest = Math.max(...axis.ticks.map((t) => measure(tick(t))));
  const spacing = (plotWidth * axis.step) / (axis.domain[1] - axis.domain[0]);
  return spacing >= widest + 10;
}

/** 2.5 × 10ⁿ: round, but less so than 1, 2 or 5 × 10ⁿ. */
function isQuarter(step: number): boolean {
  const m = step / 10 ** Math.floor(Math.log10(step));
  return Math.abs(m - 2.5) < 1e-9;
}

function before(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i++) {
    const [x, y] = [a[i]!, b[i]!];
    if (Math.abs(x - y) > 1e-9 * Math.max(1, Math.abs(x), Math.abs(y))) return x < y;
  }
  return false;
}
