import type { ReactNode } from 'react';

export interface ChartFigureProps {
  id: string;
  title: string;
  /** Server-rendered figure SVG for phones and for wider screens. */
  svg: { narrow: string; wide: string };
  /** The same numbers as a table, and the chart's download controls. */
  table: ReactNode;
  tools?: ReactNode;
}

/**
 * A chart as finished SVG (drawn by recharts on the server) with its table one click away.
 * Only one of the two layouts is displayed, so a screen reader meets the figure once.
 */
export function ChartFigure({ id, title, svg, table, tools }: ChartFigureProps) {
  return (
    <figure className="chart" id={id} aria-label={title}>
      <div className="chart-svg chart-svg--narrow" dangerouslySetInnerHTML={{ __html: svg.narrow }} />
      <div className="chart-svg chart-svg--wide" dangerouslySetInnerHTML={{ __html: svg.wide }} />
      <div className="chart-tools">
        <details>
          <summary>Table of this chart</summary>
          {table}
        </details>
        {tools}
      </div>
    </figure>
  );
}
