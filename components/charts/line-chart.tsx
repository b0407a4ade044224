import { CartesianGrid, Line, LineChart, ReferenceLine, XAxis, YAxis } from 'recharts';
import type { ChartSpec } from '@/lib/charts/spec';
import { formatTick } from '@/lib/format';
import type { PlotSize } from './plot-size';

type LineSpec = Extract<ChartSpec, { kind: 'line' }>;

/** A value per year per occupation; gaps stay gaps, and SOC breaks are marked, never joined over. */
export function LinePlot({ spec, size }: { spec: LineSpec; size: PlotSize }) {
  const years = [...new Set(spec.series.flatMap((s) => s.points.map((p) => p.x)))].sort((a, b) => a - b);
  const data = years.map((x) => ({ x, ...Object.fromEntries(spec.series.map((s) => [s.key, s.points.find((p) => p.x === x)?.y ?? null])) }));
  const values = spec.series.flatMap((s) => s.points.map((p) => p.y).filter((v): v is number => v != null));
  const max = Math.max(1, ...values);
  const narrow = size.width < 500;
  return (
    <LineChart width={size.width} height={size.height} data={data} margin={{ top: 18, right: 18, bottom: 8, left: 4 }}>
      <CartesianGrid className="chart-grid" />
      <XAxis type="number" dataKey="x" domain={[years[0] ?? 0, years[years.length - 1] ?? 1]} ticks={years.filter((y, i) => !narrow || i % 3 === 0 || y === years[years.length - 1])} allowDecimals={false} className="chart-axis" fontSize={11} />
      <YAxis type="number" domain={[0, Math.ceil((max * 1.15) / 10000) * 10000]} tickFormatter={(v: number) => formatTick(v, spec.format)} className="chart-axis" fontSize={11} width={narrow ? 44 : 56} />
      {spec.breaks.map((b) => (
        <ReferenceLine key={`${b.value}-${b.label}`} x={b.value} className="chart-break" strokeDasharray="2 3" label={{ value: b.label, position: 'insideTopLeft', fontSize: 10, className: 'chart-reference-label' }} />
      ))}
      {spec.series.map((s) => (
        <Line key={s.key} dataKey={s.key} stroke={s.color} strokeWidth={2.5} dot={{ r: 3, fill: s.color, strokeWidth: 0 }} connectNulls={false} isAnimationActive={false} type="linear" />
      ))}
    </LineChart>
  );
}
