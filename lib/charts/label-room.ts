import type { ValueFormat } from '../tables/format';
import { axisTickFormatter, valueAxis, type AxisOptions, type ValueAxis } from './ticks';

/** A bar's value label: written past the bar's end (right of a positive bar, left of a negative one). */
export interface EndLabel {
  /** Where the bar ends (0 for a bar not drawn: its label starts at zero). */
  end: number;
  width: number;
}

const GAP = 4;

/**
 * A round value axis with room for every bar's end label inside the plot: the domain is widened,
 * and rounded again, until no label runs past either edge of `plotWidth` px.
 */
export function axisWithLabelRoom(values: readonly number[], labels: readonly EndLabel[], plotWidth: number, options: AxisOptions): ValueAxis {
  return labelRoom(values, labels, plotWidth, options);
}

/**
 * As axisWithLabelRoom, with as many ticks as the tick labels leave room for: each label
 * (measured by `measure`) keeps 10 px from the next.
 */
export function horizontalAxis(values: readonly number[], labels: readonly EndLabel[], plotWidth: number, options: AxisOptions, format: ValueFormat, measure: (text: string) => number): ValueAxis {
  let axis = labelRoom(values, labels, plotWidth, options);
  for (let count = options.count; count >= 1; count--) {
    axis = labelRoom(values, labels, plotWidth, { ...options, count });
    const tick = axisTickFormatter(axis, format);
    const widest = Math.max(...axis.ticks.map((t) => measure(tick(t))));
    const spacing = (plotWidth * axis.step) / (axis.domain[1] - axis.domain[0]);
    if (spacing >= widest + 10) return axis;
  }
  return axis;
}

function labelRoom(values: readonly number[], labels: readonly EndLabel[], plotWidth: number, options: AxisOptions): ValueAxis {
  let high = 0;
  let low = 0;
  let axis = valueAxis(values, options);
  for (let i = 0; i < 40; i++) {
    axis = valueAxis(values, { ...options, headroomHigh: high, headroomLow: low });
    const [d0, d1] = axis.domain;
    const px = (v: number) => ((v - d0) / (d1 - d0)) * plotWidth;
    const overRight = labels.some((l) => l.end >= 0 && px(l.end) + GAP + l.width > plotWidth);
    const overLeft = labels.some((l) => l.end < 0 && px(l.end) - GAP - l.width < 0);
    if (!overRight && !overLeft) return axis;
    if (overRight) high += 0.08;
    if (overLeft) low += 0.08;
  }
  return axis;
}
