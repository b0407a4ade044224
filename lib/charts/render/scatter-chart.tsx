import { CartesianGrid, LabelList, ReferenceLine, Scatter, ScatterChart, XAxis, YAxis } from 'recharts';
import type { ChartSpec } from '@/lib/charts/spec';
import { formatTick } from '@/lib/tables/format';
import type { PlotSize } from './plot-size';

type ScatterSpec = Extract<ChartSpec, { kind: 'scatter' }>;

/** Growth against wage: the selected occupations in colour over the rest of the release in grey. */
export function ScatterPlot({ spec, size }: { spec: ScatterSpec; size: PlotSize }) {
  const narrow = size.width < 500;
  return (
    <ScatterChart width={size.width} height={size.height} margin={{ top: 16, right: 20, bottom: 28, left: 8 }}>
      <CartesianGrid className="chart-grid" />
      <XAxis type="number" dataKey="x" name={spec.x.label} tickFormatter={(v: number) => formatTick(v, spec.x.format)} className="chart-axis" fontSize={11}
        label={{ value: spec.x.label, position: 'bottom', offset: 10, fontSize: 12, className: 'chart-axis-label' }} />
      <YAxis type="number" dataKey="y" name={spec.y.label} tickFormatter={(v: number) => formatTick(v, spec.y.format)} className="chart-axis" fontSize={11} width={narrow ? 44 : 56}
        label={{ value: spec.y.label, angle: -90, position: 'insideLeft', offset: 0, fontSize: 12, className: 'chart-axis-label', style: { textAnchor: 'middle' } }} />
      {/* The wage reference sits left of centre: its label goes right of the line, inside the plot. */}
      {spec.x.reference ? <ReferenceLine x={spec.x.reference.value} className="chart-reference" strokeDasharray="4 3" label={{ value: spec.x.reference.label, position: 'insideTopLeft', fontSize: 10, className: 'chart-reference-label' }} /> : null}
      {spec.y.reference ? <ReferenceLine y={spec.y.reference.value} className="chart-reference" strokeDasharray="4 3" label={{ value: spec.y.reference.label, position: 'insideBottomRight', fontSize: 10, className: 'chart-reference-label' }} /> : null}
      <Scatter data={spec.context} isAnimationActive={false} className="chart-context" shape={<ContextDot />} />
      {spec.points.map((p) => (
        <Scatter key={p.key} data={[p]} fill={p.color} isAnimationActive={false} shape={<SelectedDot color={p.color} />}>
          {narrow ? null : <LabelList dataKey="label" position="right" fontSize={11} className="chart-value-label" />}
        </Scatter>
      ))}
    </ScatterChart>
  );
}

function ContextDot({ cx = 0, cy = 0 }: { cx?: number; cy?: number }) {
  return <circle cx={cx} cy={cy} r={1.8} className="chart-context-dot" />;
}

function SelectedDot({ cx = 0, cy = 0, color }: { cx?: number; cy?: number; color: string }) {
  return <circle cx={cx} cy={cy} r={6} fill={color} className="chart-point" strokeWidth={1.5} />;
}
