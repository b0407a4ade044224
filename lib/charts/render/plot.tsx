import type { ChartSpec } from '@/lib/charts/spec';
import { BarPlot } from './bar-chart';
import { GroupedBarPlot } from './grouped-bar-chart';
import { LinePlot } from './line-chart';
import { RangePlot } from './range-chart';
import { ScatterPlot } from './scatter-chart';
import type { PlotSize } from './plot-size';
import { scatterLayout } from './scatter-layout';
import { lineLayout } from './line-layout';

/** The recharts element for a spec. */
export function Plot({ spec, size }: { spec: ChartSpec; size: PlotSize }) {
  switch (spec.kind) {
    case 'bar':
      return <BarPlot spec={spec} size={size} />;
    case 'range':
      return <RangePlot spec={spec} size={size} />;
    case 'scatter':
      return <ScatterPlot spec={spec} size={size} />;
    case 'line':
      return <LinePlot spec={spec} size={size} />;
    case 'grouped-bar':
      return <GroupedBarPlot spec={spec} size={size} />;
  }
}

/** Labels drawn over the recharts plot, placed by our own layout (SVG markup; empty for most kinds). */
export function plotOverlay(spec: ChartSpec, size: PlotSize): string {
  if (spec.kind === 'scatter') return scatterLayout(spec, size).overlay;
  if (spec.kind === 'line') return lineLayout(spec, size).overlay;
  return '';
}
