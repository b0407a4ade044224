import { Area, CartesianGrid, ComposedChart, Line, ReferenceDot, ReferenceLine, XAxis, YAxis } from 'recharts';
import type { ChartSpec } from '@/lib/charts/spec';
import type { PlotSize } from './plot-size';
import { lineLayout } from './line-layout';
import { CHART_FONT } from './text-layout';
import { lineTip } from '@/lib/charts/marks';
import { marks, type MarkProps } from './marks';

type LineSpec = Extract<ChartSpec, { kind: 'line' }>;

/**
 * A value per year per series; gaps stay gaps, and SOC breaks are marked, never joined over.
 * Optional bands (a percentile range) are shaded under the lines.
 */
export function LinePlot({ spec, size }: { spec: LineSpec; size: PlotSize }) {
  const bands = spec.bands ?? [];
  const layout = lineLayout(spec, size);
  const years = layout.years;
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
  return (
    <ComposedChart width={size.width} height={size.height} data={data} margin={layout.margin}>
      <CartesianGrid className="chart-grid" />
      <XAxis type="number" dataKey="x" domain={[years[0] ?? 0, years[years.length - 1] ?? 1]} ticks={layout.yearTicks} interval={0} allowDecimals={false} className="chart-axis" fontSize={CHART_FONT} height={30} tickMargin={6} />
      <YAxis type="number" domain={layout.y.domain} ticks={layout.y.ticks} interval={0} tickFormatter={layout.yTick} className="chart-axis" fontSize={CHART_FONT} width={layout.yAxisWidth} />
      {layout.y.baseline != null ? <ReferenceLine y={0} className="chart-baseline" /> : null}
      {bands.map((b) => (
        <Area key={b.key} dataKey={b.key} stroke="none" fill={b.color} fillOpacity={b.opacity} connectNulls={false} isAnimationActive={false} type="linear" activeDot={false} />
      ))}
      {spec.breaks.map((b) => (
        // Labelled above the plot by lineLayout, where neighbouring breaks (May 2018|2019, May 2020|2021) cannot collide.
        <ReferenceLine key={`${b.value}-${b.label}`} x={b.value} className="chart-break" strokeDasharray="2 3" />
      ))}
      {spec.series.map((s, si) => (
        <Line key={s.key} dataKey={s.key} stroke={s.color} strokeWidth={s.dashed ? 1.5 : 2.5} strokeDasharray={s.dashed ? '5 3' : undefined} dot={(props: DotProps) => <PointDot key={`${s.key}-${props.payload?.x}`} {...props} r={s.dashed ? 2 : 3} color={s.color} mark={marks(props.payload ? lineTip(spec, s, si, props.payload.x) : null)} />} connectNulls={false} isAnimationActive={false} type="linear" />
      ))}
      {spec.series.flatMap((s, si) => s.points.filter((p) => p.topCoded && p.y != null).map((p) => (
        // A marker alone, no line: nothing suggests that a capped value moved.
        <ReferenceDot key={`${s.key}-top-${p.x}`} x={p.x} y={p.y!} ifOverflow="visible" shape={(props: DotProps) => <TopCodedDot {...props} color={s.color} mark={marks(lineTip(spec, s, si, p.x))} />} />
      )))}
    </ComposedChart>
  );
}

interface DotProps {
  cx?: number;
  cy?: number;
  payload?: { x: number };
}

/** A line's point, carrying what it says when touched. */
function PointDot({ cx, cy, r, color, mark }: DotProps & { r: number; color: string; mark: MarkProps }) {
  if (cx == null || cy == null || !Number.isFinite(cy)) return <g />;
  return <circle cx={cx} cy={cy} r={r} fill={color} strokeWidth={0} className="recharts-dot recharts-line-dot" {...mark} />;
}

/** A top-coded wage: a hollow ring at the top code, labelled "≥" (at or above). */
function TopCodedDot({ cx, cy, color, mark }: DotProps & { color: string; mark: MarkProps }) {
  if (cx == null || cy == null) return <g />;
  return (
    <g className="chart-top-coded" {...mark}>
      {/* fig-bg: the ring is hollow in the light and the dark scheme alike. */}
      <circle cx={cx} cy={cy} r={4} className="fig-bg" fill="#fff" stroke={color} strokeWidth={2} />
      <text x={cx} y={cy - 8} textAnchor="middle" fontSize={CHART_FONT} fontWeight={700} fill={color}>≥</text>
    </g>
  );
}
