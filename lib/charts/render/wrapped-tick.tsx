import { CHART_FONT, LINE_HEIGHT, wrapText } from './text-layout';

interface TickProps {
  x?: number;
  y?: number;
  payload?: { value?: string };
  /** Width in px the label may take. */
  maxWidth: number;
  maxLines: number;
  /** Rows with nothing drawn: their word ("n/a") written at the value axis's zero, `atX`. */
  notDrawn?: { atX: number; text: Record<string, string> };
}

/**
 * A category label wrapped to the axis's width, measured with the chart font's widths (recharts
 * measures text with the DOM, which the server-side renderer does not have).
 */
export function WrappedTick({ x = 0, y = 0, payload, maxWidth, maxLines, notDrawn }: TickProps) {
  const missing = notDrawn?.text[String(payload?.value ?? '')];
  const lines = wrapText(String(payload?.value ?? ''), maxWidth, CHART_FONT, maxLines);
  const first = -((lines.length - 1) * LINE_HEIGHT) / 2;
  const label = (
    <text x={x - 6} y={y} textAnchor="end" className="chart-tick" fontSize={CHART_FONT}>
      {lines.map((line, i) => (
        <tspan key={i} x={x - 6} dy={i === 0 ? first + 4 : LINE_HEIGHT}>
          {line}
        </tspan>
      ))}
    </text>
  );
  if (!missing || !notDrawn) return label;
  return (
    <g>
      {label}
      <text x={notDrawn.atX + 4} y={y} dy="0.35em" fontSize={CHART_FONT} className="chart-value-label">{missing}</text>
    </g>
  );
}
