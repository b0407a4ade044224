import { markAttributes, type MarkAttributes, type MarkTip } from '@/lib/charts/marks';

export type MarkProps = MarkAttributes | Record<string, never>;

/** The data attributes of a mark, or none for a mark that draws nothing. */
export function marks(tip: MarkTip | null | undefined): MarkProps {
  return tip ? markAttributes(tip) : {};
}
