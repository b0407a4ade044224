import { Bar, BarChart, CartesianGrid, Cell, LabelList, ReferenceLine, XAxis, YAxis } from 'recharts';
import type { ChartSpec } from '@/lib/charts/spec';
import { WrappedTick } from './wrapped-tick';
import { axisWidth, categoryWidth, labelLines, type PlotSize } from './plot-size';
import { bandAxis, EndValueLabel, TopReferenceLabel } from './band-parts';
import { CHART_FONT } from './text-layout';
import { textWidth } from './text-width';
import { groupedBarTips } from '@/lib/charts/marks';
import { marks } from './marks';

type GroupedBarSpec = Extract<ChartSpec, { kind: 'grouped-bar' }>;

/** Horizontal bars, one band per category with a bar per series, each labelled with its value. */
export function GroupedBarPlot({ spec, size }: { spec: GroupedBarSpec; size: PlotSize }) {
  const tips = groupedBarTips(spec);
  const data = spec.groups.map((g) => ({
    label: g.label,
    ...Object.fromEntries(spec.series.flatMap((s, i) => [[`v${i}`, g.values[i] ?? null], [`d${i}`, g.displays[i] ?? '']])),
  }));
  const values = spec.groups.flatMap((g) => g.values.filter((v): v is number => v != null)).concat(spec.reference ? [spec.reference.value] : []);
  const yWidth = axisWidth(size);
  const labels = spec.groups.flatMap((g) => g.values.map((v, i) => ({ end: v ?? 0, width: textWidth(g.displays[i] ?? '', CHART_FONT), inside: v != null })));
  const { axis, tick, margin } = bandAxis(values, labels, size, yWidth, spec.format);
  const [plotLeft, plotRight] = [yWidth + margin.left, size.width - margin.right];
  const band = (size.height - 30) / Math.max(1, data.length);
  const barSize = Math.max(6, Math.min(14, (band - 10) / spec.series.length));
  return (
    <BarChart layout="vertical" width={size.width} height={size.height} data={data} margin={margin} barGap={1} barCategoryGap={4}>
      <CartesianGrid horizontal={false} className="chart-grid" />
      <XAxis type="number" domain={axis.domain} ticks={axis.ticks} interval={0} tickFormatter={tick} className="chart-axis" fontSize={CHART_FONT} />
      <YAxis type="category" dataKey="label" width={yWidth} interval={0} tick={<WrappedTick maxWidth={categoryWidth(size.width)} maxLines={labelLines(size.width)} />} className="chart-axis" />
      {axis.baseline != null ? <ReferenceLine x={0} className="chart-baseline" /> : null}
      {spec.reference ? (
        <ReferenceLine x={spec.reference.value} className="chart-reference" strokeDasharray="4 3" label={<TopReferenceLabel text={spec.reference.label} chartWidth={size.width} minX={yWidth} />} />
      ) : null}
      {spec.series.map((s, i) => (
        <Bar key={s.key} dataKey={`v${i}`} name={s.label} fill={s.color} isAnimationActive={false} barSize={barSize}>
          {spec.groups.map((g, gi) => <Cell key={g.key} fill={s.color} {...marks(tips[gi]?.[i])} />)}
          <LabelList dataKey={`d${i}`} content={<EndValueLabel plotLeft={plotLeft} plotRight={plotRight} />} />
        </Bar>
      ))}
    </BarChart>
  );
}

