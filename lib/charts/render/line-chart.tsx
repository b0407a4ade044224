import { Area, CartesianGrid, ComposedChart, Line, ReferenceDot, ReferenceLine, XAxis, YAxis } from 'recharts';
import type { ChartSpec } from '@/lib/charts/spec';
import { formatTick } from '@/lib/tables/format';
import type { PlotSize } from './plot-size';

type LineSpec = Extract<ChartSpec, { kind: 'line' }>;

/**
 * A value per year per series; gaps stay gaps, and SOC breaks are marked, never joined over.
 * Optional bands (a percentile range) are shaded under the lines.
 */
export function LinePlot({ spec, size }: { spec: LineSpec; size: PlotSize }) {
  const bands = spec.bands ?? [];
  const years = [...new Set([...spec.series, ...bands].flatMap((s) => s.points.map((p) => p.x)))].sort((a, b) => a - b);
  // A top-coded point is left out of its line (a gap there) and drawn as a marker of its own.
  const at = (s: LineSpec['series'][number], x: number) => s.points.find((p) => p.x === x);
  const data = years.map((x) => ({
    x,
    ...Object.fromEntries(spec.series.map((s) => [s.key, at(s, x)?.topCoded ? null : (at(s, x)?.y ?? null)])),
    ...Object.fromEntries(bands.map((b) => {
      const p = b.points.find((q) => q.x === x);
      return [b.key, p && p.low != null && p.high != null ? [p.low, p.high] : null];
    })),
  }));
  const values = [
    ...spec.series.flatMap((s) => s.points.map((p) => p.y)),
    ...bands.flatMap((b) => b.points.map((p) => p.high)),
  ].filter((v): v is number => v != null);
  const max = Math.max(1, ...values);
  const narrow = size.width < 500;
  return (
    <ComposedChart width={size.width} height={size.height} data={data} margin={{ top: 18, right: 18, bottom: 8, left: 4 }}>
      <CartesianGrid className="chart-grid" />
      <XAxis type="number" dataKey="x" domain={[years[0] ?? 0, years[years.length - 1] ?? 1]} ticks={years.filter((y, i) => !narrow || i % 3 === 0 || y === years[years.length - 1])} allowDecimals={false} className="chart-axis" fontSize={11} />
      <YAxis type="number" domain={[0, niceCeiling(max * 1.15)]} tickFormatter={(v: number) => formatTick(v, spec.format)} className="chart-axis" fontSize={11} width={narrow ? 44 : 56} />
      {bands.map((b) => (
        <Area key={b.key} dataKey={b.key} stroke="none" fill={b.color} fillOpacity={b.opacity} connectNulls={false} isAnimationActive={false} type="linear" activeDot={false} />
      ))}
      {spec.breaks.map((b, i) => (
        // Neighbouring breaks (May 2018|2019, May 2020|2021) are labelled on alternate rows so the labels do not overlap.
        <ReferenceLine key={`${b.value}-${b.label}`} x={b.value} className="chart-break" strokeDasharray="2 3" label={{ value: b.label, position: 'insideTopLeft', fontSize: 10, className: 'chart-reference-label', dy: (i % 2) * 13 }} />
      ))}
      {spec.series.map((s) => (
        <Line key={s.key} dataKey={s.key} stroke={s.color} strokeWidth={s.dashed ? 1.5 : 2.5} strokeDasharray={s.dashed ? '5 3' : undefined} dot={{ r: s.dashed ? 2 : 3, fill: s.color, strokeWidth: 0 }} connectNulls={false} isAnimationActive={false} type="linear" />
      ))}
      {spec.series.flatMap((s) => s.points.filter((p) => p.topCoded && p.y != null).map((p) => (
        // A marker alone, no line: nothing suggests that a capped value moved.
        <ReferenceDot key={`${s.key}-top-${p.x}`} x={p.x} y={p.y!} ifOverflow="visible" shape={(props: DotProps) => <TopCodedDot {...props} color={s.color} />} />
      )))}
    </ComposedChart>
  );
}

interface DotProps {
  cx?: number;
  cy?: number;
}

/** A top-coded wage: a hollow ring at the top code, labelled "≥" (at or above). */
function TopCodedDot({ cx, cy, color }: DotProps & { color: string }) {
  if (cx == null || cy == null) return <g />;
  return (
    <g className="chart-top-coded">
      {/* fig-bg: the ring is hollow in the light and the dark scheme alike. */}
      <circle cx={cx} cy={cy} r={4} className="fig-bg" fill="#fff" stroke={color} strokeWidth={2} />
      <text x={cx} y={cy - 8} textAnchor="middle" fontSize={11} fontWeight={700} fill={color}>≥</text>
    </g>
  );
}

/** The axis top: a round number of tens of thousands for annual wages, of the value's own order below that (hourly wages). */
function niceCeiling(value: number): number {
  const step = value >= 10000 ? 10000 : 10 ** Math.floor(Math.log10(Math.max(1, value)));
  return Math.ceil(value / step) * step;
}
