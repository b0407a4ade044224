import { describe, expect, it } from 'vitest';
import { axisOnStep, axisTickFormatter, roundSteps, valueAxis } from './ticks';

const labels = (values: number[], format: 'usd' | 'percent' | 'thousands', count = 5, extra = {}) => {
  const axis = valueAxis(values, { count, ...extra });
  return axis.ticks.map(axisTickFormatter(axis, format));
};

/** Steps of 1, 2, 2.5 or 5 times a power of ten. */
function isRoundStep(step: number): boolean {
  const magnitude = 10 ** Math.floor(Math.log10(step));
  return [1, 2, 2.5, 5].some((m) => Math.abs(step / magnitude - m) < 1e-9);
}

describe('valueAxis', () => {
  it('ends on a round value past the data maximum, not on the maximum (43% -> 50%)', () => {
    const axis = valueAxis([20.33, 11.15, 33.9, 43], { count: 5 });
    expect(axis.domain).toEqual([0, 50]);
    expect(axis.ticks).toEqual([0, 10, 20, 30, 40, 50]);
    expect(labels([20.33, 11.15, 33.9, 43], 'percent')).toEqual(['0%', '10%', '20%', '30%', '40%', '50%']);
  });

  it('writes wages in round thousands ($103k -> $120k)', () => {
    expect(labels([30610, 103000, 66030], 'usd')).toEqual(['$0', '$20k', '$40k', '$60k', '$80k', '$100k', '$120k']);
  });

  it('has no "-0" and a zero baseline where growth crosses zero ("-5%, -0%, 5%, 10%, 12%" before)', () => {
    const axis = valueAxis([-4.2, 12], { count: 5 });
    const text = axis.ticks.map(axisTickFormatter(axis, 'percent'));
    expect(text).toEqual(['-5%', '0%', '5%', '10%', '15%']);
    expect(text).not.toContain('-0%');
    expect(axis.baseline).toBe(0);
  });

  it('marks zero among the ticks of a range from -13% to 31% ("-13%, 2%, 17%, 31%" before)', () => {
    const axis = valueAxis([-13, 31], { count: 4 });
    expect(axis.ticks).toContain(0);
    expect(axis.ticks.map(axisTickFormatter(axis, 'percent'))).toEqual(['-20%', '0%', '20%', '40%']);
    expect(axis.baseline).toBe(0);
  });

  it('has no baseline when every value is on one side of zero', () => {
    expect(valueAxis([3, 9], { count: 5 }).baseline).toBeNull();
    expect(valueAxis([-3, -9], { count: 5 }).baseline).toBeNull();
  });

  it('leaves the room asked for value labels, then rounds up again', () => {
    // 40% headroom on a span of 43 needs 60.2: the axis goes on to 70.
    const axis = valueAxis([43], { count: 5, headroomHigh: 0.4 });
    expect(axis.domain[1]).toBeGreaterThanOrEqual(43 * 1.4);
    expect(axis.domain[1] % axis.step).toBe(0);
  });

  it('writes the decimals a small step needs, the same on every tick', () => {
    expect(labels([0.4, 1.8], 'percent')).toEqual(['0%', '0.5%', '1.0%', '1.5%', '2.0%']);
    expect(labels([1200, 3100], 'thousands', 4)).toEqual(['0', '1M', '2M', '3M', '4M']);
    expect(labels([400, 1800], 'thousands', 4)).toEqual(['0', '0.5M', '1.0M', '1.5M', '2.0M']);
  });

  it('writes hourly wages in dollars and negative dollars with the sign first', () => {
    expect(labels([18.5, 47.2], 'usd')).toEqual(['$0', '$10', '$20', '$30', '$40', '$50']);
    expect(labels([-2500, 4000], 'usd', 4)).toEqual(['-$4k', '-$2k', '$0', '$2k', '$4k']);
  });

  it('gives round steps and a domain on a step over many ranges, never ending on the data', () => {
    for (const [lo, hi] of [[0, 43], [0, 103000], [0, 306000], [-13, 31], [-4.9, 12.1], [0, 0.7], [27000, 239200], [-40, -2]] as const) {
      for (const count of [3, 4, 5, 6]) {
        const axis = valueAxis([lo, hi], { count });
        expect(isRoundStep(axis.step)).toBe(true);
        expect(axis.domain[0]).toBeLessThanOrEqual(Math.min(0, lo));
        expect(axis.domain[1]).toBeGreaterThanOrEqual(Math.max(0, hi));
        expect(axis.ticks[0]).toBe(axis.domain[0]);
        expect(axis.ticks.at(-1)).toBe(axis.domain[1]);
        for (const t of axis.ticks) expect(Object.is(t, -0)).toBe(false);
      }
    }
  });

  it('lets a wage axis start away from zero when asked', () => {
    const axis = valueAxis([27000, 239200], { count: 5, includeZero: false });
    expect(axis.domain[0]).toBe(0);
    expect(valueAxis([61000, 96000], { count: 4, includeZero: false }).domain).toEqual([60000, 100000]);
  });
});

describe('roundSteps and axisOnStep', () => {
  it('lists the steps 1, 2, 2.5 and 5 × 10ⁿ between two bounds', () => {
    expect(roundSteps(10, 100)).toEqual([10, 20, 25, 50, 100]);
    expect(roundSteps(0.2, 1)).toEqual([0.2, 0.25, 0.5, 1]);
    expect(roundSteps(3, 4)).toEqual([]);
  });

  it('puts the domain on the multiples of the step at or past the data, with a tick on each', () => {
    expect(axisOnStep(-6.29, 33.9, 20)).toEqual({ domain: [-20, 40], ticks: [-20, 0, 20, 40], step: 20, baseline: 0 });
    expect(axisOnStep(0, 40, 10).ticks).toEqual([0, 10, 20, 30, 40]);
    expect(axisOnStep(0, 0.7, 0.1).ticks).toEqual([0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7]);
    expect(axisOnStep(-40, 0, 25)).toEqual({ domain: [-50, 0], ticks: [-50, -25, 0], step: 25, baseline: null });
    expect(axisOnStep(-0.3, 0, 0.1).ticks.some((t) => Object.is(t, -0))).toBe(false);
  });
});
