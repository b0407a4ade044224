import type { ChartSpec } from '@/lib/charts/spec';
import { BarPlot } from './bar-chart';
import { GroupedBarPlot } from './grouped-bar-chart';
import { LinePlot } from './line-chart';
import { RangePlot } from './range-chart';
import { ScatterPlot } from './scatter-chart';
import type { PlotSize } from './plot-size';

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
