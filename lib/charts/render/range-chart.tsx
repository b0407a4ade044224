import { Bar, BarChart, CartesianGrid, Cell, LabelList, ReferenceLine, XAxis, YAxis } from 'recharts';
import type { ChartSpec } from '@/lib/charts/spec';
import { formatTick } from '@/lib/tables/format';
import { WrappedTick } from './wrapped-tick';
import { axisWidth, type PlotSize } from './plot-size';

type RangeSpec = Extract<ChartSpec, { kind: 'range' }>;

/**
 * Wage range per occupation as stacked segments: 10th–25th and 75th–90th percentiles light,
 * the interquartile range solid, the median a dark tick. A missing percentile leaves its
 * segments out rather than draw them from zero.
 */
export function RangePlot({ spec, size }: { spec: RangeSpec; size: PlotSize }) {
  const data = spec.rows.map((row) => {
    const [p10, p25, p50, p75, p90] = row.percentiles;
    const seg = (from: number | null, to: number | null): number => (from != null && to != null ? to - from : 0);
    const start = p10 ?? p25 ?? p50 ?? 0;
    return {
      key: row.key,
      label: row.label,
      color: row.color,
      display: row.display,
      base: start,
      low: seg(p10, p25),
      lowerMid: seg(p25, p50),
      upperMid: seg(p50, p75),
      high: seg(p75, p90),
    };
  });
  const all = spec.rows.flatMap((r) => r.percentiles.filter((v): v is number => v != null));
  const max = Math.max(1, ...all, spec.reference?.value ?? 0);
  const yWidth = axisWidth(size);
  const barSize = Math.min(22, Math.max(10, (size.height - 40) / Math.max(1, data.length) - 14));
  return (
    <BarChart layout="vertical" width={size.width} height={size.height} data={data} margin={{ top: 22, right: 16, bottom: 8, left: 0 }}>
      <CartesianGrid horizontal={false} className="chart-grid" />
      <XAxis type="number" domain={[0, Math.ceil((max * 1.3) / 10000) * 10000]} tickFormatter={(v: number) => formatTick(v, 'usd')} className="chart-axis" fontSize={11} />
      <YAxis type="category" dataKey="label" width={yWidth} interval={0} tick={<WrappedTick maxChars={Math.floor(yWidth / 6.8)} />} className="chart-axis" />
      {spec.reference ? (
        <ReferenceLine x={spec.reference.value} className="chart-reference" strokeDasharray="4 3" label={{ value: spec.reference.label, position: 'top', fontSize: 11, className: 'chart-reference-label' }} />
      ) : null}
      <Bar dataKey="base" stackId="r" fill="transparent" isAnimationActive={false} barSize={barSize} />
      <Bar dataKey="low" stackId="r" isAnimationActive={false} barSize={barSize}>
        {data.map((d) => <Cell key={d.key} fill={d.color} fillOpacity={0.35} />)}
      </Bar>
      <Bar dataKey="lowerMid" stackId="r" isAnimationActive={false} barSize={barSize}>
        {data.map((d) => <Cell key={d.key} fill={d.color} />)}
      </Bar>
      <Bar dataKey="upperMid" stackId="r" isAnimationActive={false} barSize={barSize}>
        {data.map((d) => <Cell key={d.key} fill={d.color} className="chart-median-edge" />)}
      </Bar>
      <Bar dataKey="high" stackId="r" isAnimationActive={false} barSize={barSize}>
        {data.map((d) => <Cell key={d.key} fill={d.color} fillOpacity={0.35} />)}
        <LabelList dataKey="display" position="right" fontSize={11} className="chart-value-label" />
      </Bar>
    </BarChart>
  );
}
