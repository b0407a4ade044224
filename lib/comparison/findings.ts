import { formatValue } from '../tables/format';
import type { ValueFormat } from '../tables/format';
import type { BarDatum } from '../charts/spec';

/**
 * A chart's main finding in one or two sentences, from its data: which occupation is
 * highest, which lowest, and how they stand against the reference value.
 */
export function findingForBars(bars: BarDatum[], format: ValueFormat, verb: string, reference: { label: string; value: number } | null): string {
  const drawn = bars.filter((b) => b.value != null);
  if (drawn.length === 0) return 'No values are published for the selected occupations.';
  const sorted = [...drawn].sort((a, b) => b.value! - a.value!);
  const top = sorted[0]!;
  const parts = [`${top.label} ${verb} of the selected occupations (${top.display}).`];
  if (sorted.length > 1) {
    const low = sorted[sorted.length - 1]!;
    parts.push(`${low.label} is lowest (${low.display}).`);
  }
  if (reference) {
    const above = drawn.filter((b) => b.value! > reference.value).length;
    parts.push(`${above} of ${drawn.length} are above ${reference.label} (${formatValue(reference.value, format)}).`);
  }
  const missing = bars.length - drawn.length;
  if (missing > 0) parts.push(`${missing} ha${missing === 1 ? 's' : 've'} no published value.`);
  return parts.join(' ');
}
