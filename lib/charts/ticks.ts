import { nice, tickStep, ticks as d3Ticks } from 'd3-array';
import type { ValueFormat } from '../tables/format';
import { formatTick } from '../tables/format';

/**
 * One value axis, the same rule for every chart: ticks at round steps (1, 2, 2.5 or 5 × 10ⁿ), the
 * domain extended to the next round value past the data (and past the room asked for value
 * labels), and zero as a baseline when the domain crosses it. valueAxis picks the step by d3's
 * rule (1, 2 or 5 × 10ⁿ for about `count` ticks); axisOnStep builds the axis for a step chosen by
 * the caller (lib/charts/label-room.ts tries several, for room for value labels).
 */
export interface ValueAxis {
  domain: [number, number];
  ticks: number[];
  step: number;
  /** 0 when the data lie on both sides of zero: drawn as a solid line. */
  baseline: number | null;
}

export interface AxisOptions {
  /** About how many ticks fit (fewer on a phone). */
  count: number;
  /** Keep zero in the domain (bars and lengths start at zero). */
  includeZero?: boolean;
  /** Extra room past the largest value, as a share of the data's span (a value label's width). */
  headroomHigh?: number;
  /** The same past the smallest value when it is below zero. */
  headroomLow?: number;
}

export function valueAxis(values: readonly number[], { count, includeZero = true, headroomHigh = 0, headroomLow = 0 }: AxisOptions): ValueAxis {
  const finite = values.filter((v) => Number.isFinite(v));
  let lo = Math.min(...finite, ...(includeZero || !finite.length ? [0] : []));
  let hi = Math.max(...finite, ...(includeZero || !finite.length ? [0] : []));
  if (lo === hi) {
    // One value (or none): a span of its own order around it.
    const spread = Math.abs(hi) || 1;
    if (lo < 0 || !includeZero) lo -= spread;
    hi += spread;
  }
  const span = hi - lo;
  if (hi > 0) hi += span * headroomHigh;
  if (lo < 0) lo -= span * headroomLow;
  const [start, stop] = nice(lo, hi, count);
  const step = tickStep(start, stop, count);
  const ticks = d3Ticks(start, stop, count).map((t) => (Object.is(t, -0) ? 0 : t));
  return { domain: [start, stop], ticks, step, baseline: start < 0 && stop > 0 ? 0 : null };
}

/** Round steps (1, 2, 2.5 or 5 × 10ⁿ) from `min` to `max` inclusive, smallest first. */
export function roundSteps(min: number, max: number): number[] {
  if (!(min > 0) || !(max >= min)) return [];
  const steps: number[] = [];
  for (let power = Math.floor(Math.log10(min)) - 1; power <= Math.ceil(Math.log10(max)) + 1; power++) {
    for (const m of [1, 2, 2.5, 5]) {
      const step = clean(m * 10 ** power);
      if (step >= min * (1 - 1e-9) && step <= max * (1 + 1e-9)) steps.push(step);
    }
  }
  return steps;
}

/**
 * The axis on a given round step: from the multiple of `step` at or below `lo` to the one at or
 * above `hi`, with a tick on every multiple between.
 */
export function axisOnStep(lo: number, hi: number, step: number): ValueAxis {
  const first = Math.floor(lo / step + 1e-9);
  const last = Math.max(first + 1, Math.ceil(hi / step - 1e-9));
  const ticks: number[] = [];
  for (let k = first; k <= last; k++) ticks.push(clean(k * step));
  const start = ticks[0]!;
  const stop = ticks.at(-1)!;
  return { domain: [start, stop], ticks, step, baseline: start < 0 && stop > 0 ? 0 : null };
}

/** A multiple of a step without its floating-point tail (0.30000000000000004 -> 0.3), never -0. */
function clean(value: number): number {
  const v = Number(value.toPrecision(12));
  return Object.is(v, -0) ? 0 : v;
}

/** Tick labels for an axis: every tick with the decimals its step needs, never "-0". */
export function axisTickFormatter(axis: ValueAxis, format: ValueFormat): (value: number) => string {
  const biggest = Math.max(...axis.ticks.map((t) => Math.abs(t)));
  return (value: number) => formatTick(value, format, { step: axis.step, biggest });
}
