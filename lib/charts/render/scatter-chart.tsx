import { CartesianGrid, ReferenceLine, Scatter, ScatterChart, XAxis, YAxis } from 'recharts';
import type { ChartSpec } from '@/lib/charts/spec';
import type { PlotSize } from './plot-size';
import { POINT_RADIUS, scatterLayout } from './scatter-layout';
import { CHART_FONT } from './text-layout';
import { scatterTip } from '@/lib/charts/marks';
import { marks, type MarkProps } from './marks';

type ScatterSpec = Extract<ChartSpec, { kind: 'scatter' }>;

/**
 * Growth against wage: the selected occupations in colour over the rest of the release in grey.
 * Axes, reference lines and points are recharts'; their labels come from scatterLayout, which
 * places them without collisions (drawn over the plot by renderFigure).
 */
export function ScatterPlot({ spec, size }: { spec: ScatterSpec; size: PlotSize }) {
  const layout = scatterLayout(spec, size);
  return (
    <ScatterChart width={size.width} height={size.height} margin={layout.margin}>
      <CartesianGrid className="chart-grid" />
      <XAxis type="number" dataKey="x" name={spec.x.label} domain={layout.x.domain} ticks={layout.x.ticks} interval={0} tickFormatter={layout.xTick} className="chart-axis" fontSize={CHART_FONT} height={layout.xAxisHeight} />
      <YAxis type="number" dataKey="y" name={spec.y.label} domain={layout.y.domain} ticks={layout.y.ticks} interval={0} tickFormatter={layout.yTick} className="chart-axis" fontSize={CHART_FONT} width={layout.yAxisWidth} />
      {layout.y.baseline != null ? <ReferenceLine y={0} className="chart-baseline" /> : null}
      {spec.x.reference ? <ReferenceLine x={spec.x.reference.value} className="chart-reference" strokeDasharray="4 3" /> : null}
      {spec.y.reference ? <ReferenceLine y={spec.y.reference.value} className="chart-reference" strokeDasharray="4 3" /> : null}
      <Scatter data={spec.context} isAnimationActive={false} className="chart-context" shape={<ContextDot />} />
      {spec.points.map((p, i) => (
        <Scatter key={p.key} data={[p]} fill={p.color} isAnimationActive={false} shape={<SelectedDot color={p.color} mark={marks(scatterTip(spec, i))} />} />
      ))}
    </ScatterChart>
  );
}

function ContextDot({ cx = 0, cy = 0 }: { cx?: number; cy?: number }) {
  return <circle cx={cx} cy={cy} r={1.8} className="chart-context-dot" />;
}

function SelectedDot({ cx = 0, cy = 0, color, mark }: { cx?: number; cy?: number; color: string; mark: MarkProps }) {
  return <circle cx={cx} cy={cy} r={POINT_RADIUS} fill={color} className="chart-point" strokeWidth={1.5} {...mark} />;
}
