import { wrapWords } from './text-layout';

interface TickProps {
  x?: number;
  y?: number;
  payload?: { value?: string };
  /** Characters that fit on one line at the tick font size. */
  maxChars: number;
}

/**
 * A category label wrapped over at most three lines. Recharts measures text with the DOM,
 * which the server-side renderer does not have, so lines are broken by character count.
 */
export function WrappedTick({ x = 0, y = 0, payload, maxChars }: TickProps) {
  const lines = wrapWords(String(payload?.value ?? ''), maxChars, 3);
  const first = -((lines.length - 1) * 13) / 2;
  return (
    <text x={x - 6} y={y} textAnchor="end" className="chart-tick" fontSize={12}>
      {lines.map((line, i) => (
        <tspan key={i} x={x - 6} dy={i === 0 ? first + 4 : 13}>
          {line}
        </tspan>
      ))}
    </text>
  );
}
