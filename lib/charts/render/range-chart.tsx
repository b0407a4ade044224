import { Bar, BarChart, CartesianGrid, Cell, LabelList, ReferenceLine, XAxis, YAxis } from 'recharts';
import type { ChartSpec } from '@/lib/charts/spec';
import { WrappedTick } from './wrapped-tick';
import { axisWidth, categoryWidth, labelLines, type PlotSize } from './plot-size';
import { bandAxis, TopReferenceLabel } from './band-parts';
import { CHART_FONT } from './text-layout';
import { textWidth } from './text-width';
import { rangeTip } from '@/lib/charts/marks';
import { marks } from './marks';

type RangeSpec = Extract<ChartSpec, { kind: 'range' }>;

/**
 * Wage range per occupation as stacked segments: 10th–25th and 75th–90th percentiles light,
 * the interquartile range solid, the median a dark tick. A missing percentile leaves its
 * segments out rather than draw them from zero.
 */
export function RangePlot({ spec, size }: { spec: RangeSpec; size: PlotSize }) {
  const tips = spec.rows.map((row, i) => (row.percentiles.some((v) => v != null) ? rangeTip(spec, row, i) : null));
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
  const values = [...all, ...(spec.reference ? [spec.reference.value] : [])];
  const yWidth = axisWidth(size);
  // On a phone the range is written under its bar, where it has the plot's width; wider, right of
  // the 90th percentile (or the highest published one).
  const narrow = size.width < 500;
  // The label sits right of the 90th percentile (or the highest published one).
  const labels = spec.rows.map((r) => ({ end: Math.max(0, ...r.percentiles.filter((v): v is number => v != null)), width: textWidth(r.percentiles.every((v) => v == null) ? 'n/a' : r.display, CHART_FONT) }));
  const { axis, tick, margin } = bandAxis(values, narrow ? [] : labels, size, yWidth, 'usd');
  const barSize = narrow ? 12 : Math.min(22, Math.max(10, (size.height - 40) / Math.max(1, data.length) - 14));
  const plotLeft = yWidth + margin.left;
  const px = (v: number) => plotLeft + ((v - axis.domain[0]) / (axis.domain[1] - axis.domain[0])) * (size.width - margin.right - plotLeft);
  const notDrawn = { atX: px(0), text: Object.fromEntries(spec.rows.filter((r) => r.percentiles.every((v) => v == null)).map((r) => [r.label, 'n/a'])) };
  return (
    <BarChart layout="vertical" width={size.width} height={size.height} data={data} margin={margin}>
      <CartesianGrid horizontal={false} className="chart-grid" />
      <XAxis type="number" domain={axis.domain} ticks={axis.ticks} interval={0} tickFormatter={tick} className="chart-axis" fontSize={CHART_FONT} />
      <YAxis type="category" dataKey="label" width={yWidth} interval={0} tick={<WrappedTick maxWidth={categoryWidth(size.width)} maxLines={labelLines(size.width)} notDrawn={notDrawn} />} className="chart-axis" />
      {spec.reference ? (
        <ReferenceLine x={spec.reference.value} className="chart-reference" strokeDasharray="4 3" label={<TopReferenceLabel text={spec.reference.label} chartWidth={size.width} minX={yWidth} />} />
      ) : null}
      <Bar dataKey="base" stackId="r" fill="transparent" isAnimationActive={false} barSize={barSize}>
        <LabelList dataKey="key" content={<RangeLabel rows={spec.rows} px={px} narrow={narrow} right={size.width - margin.right} />} />
      </Bar>
      <Bar dataKey="low" stackId="r" isAnimationActive={false} barSize={barSize}>
        {data.map((d, i) => <Cell key={d.key} fill={d.color} fillOpacity={0.35} {...marks(tips[i])} />)}
      </Bar>
      <Bar dataKey="lowerMid" stackId="r" isAnimationActive={false} barSize={barSize}>
        {data.map((d, i) => <Cell key={d.key} fill={d.color} {...marks(tips[i])} />)}
      </Bar>
      <Bar dataKey="upperMid" stackId="r" isAnimationActive={false} barSize={barSize}>
        {data.map((d, i) => <Cell key={d.key} fill={d.color} className="chart-median-edge" {...marks(tips[i])} />)}
      </Bar>
      <Bar dataKey="high" stackId="r" isAnimationActive={false} barSize={barSize}>
        {data.map((d, i) => <Cell key={d.key} fill={d.color} fillOpacity={0.35} {...marks(tips[i])} />)}
      </Bar>
    </BarChart>
  );
}

interface RangeLabelProps {
  y?: number | string;
  height?: number | string;
  value?: number | string;
  rows: RangeSpec['rows'];
  px: (v: number) => number;
  narrow: boolean;
  /** The plot's right edge. */
  right: number;
}

/**
 * The range in words: right of the highest published percentile, or on a phone under the bar,
 * starting where the bar starts and kept inside the plot.
 */
function RangeLabel({ y = 0, height = 0, value, rows, px, narrow, right }: RangeLabelProps) {
  const row = rows.find((r) => r.key === value);
  if (!row) return null;
  const published = row.percentiles.filter((v): v is number => v != null);
  if (!published.length) return null;
  const w = textWidth(row.display, CHART_FONT);
  const [by, bh] = [Number(y), Number(height)];
  if (narrow) {
    const x = Math.max(px(0), Math.min(px(published[0] ?? 0), right - w));
    return <text x={x} y={by + bh + 13} fontSize={CHART_FONT} className="chart-value-label">{row.display}</text>;
  }
  return <text x={px(Math.max(0, ...published)) + 4} y={by + bh / 2} dy="0.35em" fontSize={CHART_FONT} className="chart-value-label">{row.display}</text>;
}
