import { Bar, BarChart, CartesianGrid, Cell, LabelList, ReferenceLine, XAxis, YAxis } from 'recharts';
import type { ChartSpec } from '@/lib/charts/spec';
import { WrappedTick } from './wrapped-tick';
import { hatchId } from './figure-svg';
import { axisWidth, categoryWidth, labelLines, type PlotSize } from './plot-size';
import { bandAxis, EndValueLabel, TopReferenceLabel } from './band-parts';
import { CHART_FONT } from './text-layout';
import { textWidth } from './text-width';
import { barTips } from '@/lib/charts/marks';
import { marks } from './marks';

type BarSpec = Extract<ChartSpec, { kind: 'bar' }>;

export const NOT_DRAWN = 'n/a';

/** Horizontal bars, one per occupation, each labelled with its value; top-coded bars hatched. */
export function BarPlot({ spec, size }: { spec: BarSpec; size: PlotSize }) {
  // A bar not drawn says "n/a" at zero; the figure's notes say why (not in the release, not published).
  const tips = barTips(spec);
  const data = spec.bars.map((b) => ({ ...b, length: b.value ?? 0, label: b.label, shown: b.value == null ? NOT_DRAWN : b.display }));
  const values = spec.bars.map((b) => b.value ?? 0).concat(spec.reference ? [spec.reference.value] : []);
  const yWidth = axisWidth(size);
  const { axis, tick, margin } = bandAxis(values, data.map((d) => ({ end: d.value ?? 0, width: textWidth(d.shown, CHART_FONT), inside: d.value != null })), size, yWidth, spec.format);
  const plotLeft = yWidth + margin.left;
  const plotRight = size.width - margin.right;
  const zeroX = plotLeft + ((0 - axis.domain[0]) / (axis.domain[1] - axis.domain[0])) * (plotRight - plotLeft);
  const notDrawn = { atX: zeroX, text: Object.fromEntries(data.filter((d) => d.value == null).map((d) => [d.label, NOT_DRAWN])) };
  return (
    <BarChart layout="vertical" width={size.width} height={size.height} data={data} margin={margin}>
      <CartesianGrid horizontal={false} className="chart-grid" />
      <XAxis type="number" domain={axis.domain} ticks={axis.ticks} interval={0} tickFormatter={tick} className="chart-axis" fontSize={CHART_FONT} />
      <YAxis type="category" dataKey="label" width={yWidth} interval={0} tick={<WrappedTick maxWidth={categoryWidth(size.width)} maxLines={labelLines(size.width)} notDrawn={notDrawn} />} className="chart-axis" />
      {axis.baseline != null ? <ReferenceLine x={0} className="chart-baseline" /> : null}
      {spec.reference ? (
        <ReferenceLine x={spec.reference.value} className="chart-reference" strokeDasharray="4 3" label={<TopReferenceLabel text={spec.reference.label} chartWidth={size.width} minX={yWidth} />} />
      ) : null}
      <Bar dataKey="length" isAnimationActive={false} barSize={Math.min(26, Math.max(12, (size.height - 40) / data.length - 14))}>
        {data.map((d, i) => (
          <Cell key={d.key} fill={d.topCoded ? `url(#${hatchId(d.key, size.width)})` : d.color} stroke={d.color} {...marks(tips[i])} />
        ))}
        <LabelList dataKey="shown" content={<EndValueLabel plotLeft={plotLeft} plotRight={plotRight} />} />
      </Bar>
    </BarChart>
  );
}
