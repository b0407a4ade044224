import { Bar, BarChart, CartesianGrid, Cell, LabelList, ReferenceLine, XAxis, YAxis } from 'recharts';
import type { ChartSpec } from '@/lib/charts/spec';
import { formatTick } from '@/lib/tables/format';
import { WrappedTick } from './wrapped-tick';
import { hatchId } from './figure-svg';
import { axisWidth, type PlotSize } from './plot-size';

type BarSpec = Extract<ChartSpec, { kind: 'bar' }>;

/** Horizontal bars, one per occupation, each labelled with its value; top-coded bars hatched. */
export function BarPlot({ spec, size }: { spec: BarSpec; size: PlotSize }) {
  const data = spec.bars.map((b) => ({ ...b, length: b.value ?? 0 }));
  const values = spec.bars.map((b) => b.value ?? 0).concat(spec.reference ? [spec.reference.value] : []);
  const min = Math.min(0, ...values);
  const max = Math.max(0, ...values);
  const pad = (max - min) * 0.28 || 1;
  const yWidth = axisWidth(size);
  return (
    <BarChart layout="vertical" width={size.width} height={size.height} data={data} margin={{ top: 22, right: 16, bottom: 8, left: 0 }}>
      <CartesianGrid horizontal={false} className="chart-grid" />
      <XAxis type="number" domain={[min < 0 ? min - pad : 0, max + pad]} tickFormatter={(v: number) => formatTick(v, spec.format)} className="chart-axis" fontSize={11} />
      <YAxis type="category" dataKey="label" width={yWidth} interval={0} tick={<WrappedTick maxChars={Math.floor(yWidth / 6.8)} />} className="chart-axis" />
      {spec.reference ? (
        <ReferenceLine x={spec.reference.value} className="chart-reference" strokeDasharray="4 3" label={{ value: spec.reference.label, position: 'top', fontSize: 11, className: 'chart-reference-label' }} />
      ) : null}
      <Bar dataKey="length" isAnimationActive={false} barSize={Math.min(26, Math.max(12, (size.height - 40) / data.length - 10))}>
        {data.map((d) => (
          <Cell key={d.key} fill={d.topCoded ? `url(#${hatchId(d.key, size.width)})` : d.color} stroke={d.color} />
        ))}
        <LabelList dataKey="display" position="right" fontSize={12} className="chart-value-label" />
      </Bar>
    </BarChart>
  );
}
