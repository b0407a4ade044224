import { Bar, BarChart, CartesianGrid, LabelList, ReferenceLine, XAxis, YAxis } from 'recharts';
import type { ChartSpec } from '@/lib/charts/spec';
import { formatTick } from '@/lib/tables/format';
import { WrappedTick } from './wrapped-tick';
import { axisWidth, type PlotSize } from './plot-size';

type GroupedBarSpec = Extract<ChartSpec, { kind: 'grouped-bar' }>;

/** Horizontal bars, one band per category with a bar per series, each labelled with its value. */
export function GroupedBarPlot({ spec, size }: { spec: GroupedBarSpec; size: PlotSize }) {
  const data = spec.groups.map((g) => ({
    label: g.label,
    ...Object.fromEntries(spec.series.flatMap((s, i) => [[`v${i}`, g.values[i] ?? null], [`d${i}`, g.displays[i] ?? '']])),
  }));
  const values = spec.groups.flatMap((g) => g.values.filter((v): v is number => v != null)).concat(spec.reference ? [spec.reference.value] : []);
  const { domain, ticks } = niceAxis(Math.min(0, ...values), Math.max(0, ...values));
  // Group names are longer than most occupation titles: a little more room than axisWidth on phones.
  const yWidth = size.width < 500 ? 132 : axisWidth(size);
  const band = (size.height - 30) / Math.max(1, data.length);
  const barSize = Math.max(6, Math.min(14, (band - 10) / spec.series.length));
  return (
    <BarChart layout="vertical" width={size.width} height={size.height} data={data} margin={{ top: 22, right: 22, bottom: 8, left: 0 }} barGap={1} barCategoryGap={4}>
      <CartesianGrid horizontal={false} className="chart-grid" />
      <XAxis type="number" domain={domain} ticks={ticks} interval={0} tickFormatter={(v: number) => formatTick(v, spec.format)} className="chart-axis" fontSize={11} />
      <YAxis type="category" dataKey="label" width={yWidth} interval={0} tick={<WrappedTick maxChars={Math.floor((yWidth - 8) / 7.2)} />} className="chart-axis" />
      <ReferenceLine x={0} className="chart-reference" />
      {spec.reference ? (
        <ReferenceLine x={spec.reference.value} className="chart-reference" strokeDasharray="4 3" label={{ value: spec.reference.label, position: 'top', fontSize: 11, className: 'chart-reference-label' }} />
      ) : null}
      {spec.series.map((s, i) => (
        <Bar key={s.key} dataKey={`v${i}`} name={s.label} fill={s.color} isAnimationActive={false} barSize={barSize}>
          <LabelList dataKey={`d${i}`} content={<ValueLabel />} />
        </Bar>
      ))}
    </BarChart>
  );
}

/**
 * Round ticks (…, -10%, 0%, 10%, …) over the values, with room beyond the extremes for the
 * value labels: a fifth of the range on each side that has bars.
 */
export function niceAxis(min: number, max: number): { domain: [number, number]; ticks: number[] } {
  const span = max - min || 1;
  const lo = min < 0 ? min - span * 0.2 : 0;
  const hi = max > 0 ? max + span * 0.2 : 0;
  const raw = (hi - lo) / 5;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * magnitude >= raw) ?? 10) * magnitude;
  const domain: [number, number] = [Math.floor(lo / step) * step, Math.ceil(hi / step) * step];
  const ticks: number[] = [];
  for (let t = domain[0]; t <= domain[1] + step / 2; t += step) ticks.push(Math.round(t / step) * step);
  return { domain, ticks };
}

interface LabelProps {
  x?: number | string;
  y?: number | string;
  width?: number | string;
  height?: number | string;
  value?: number | string;
}

/** The value at the bar's outer end: right of a positive bar, left of a negative one. */
function ValueLabel({ x = 0, y = 0, width = 0, height = 0, value }: LabelProps) {
  const [bx, by, bw, bh] = [Number(x), Number(y), Number(width), Number(height)];
  const negative = bw < 0 || String(value ?? '').startsWith('-');
  const end = negative ? Math.min(bx, bx + bw) - 4 : Math.max(bx, bx + bw) + 4;
  return (
    <text x={end} y={by + bh / 2} dy="0.35em" textAnchor={negative ? 'end' : 'start'} fontSize={10.5} className="chart-value-label">
      {value}
    </text>
  );
}
