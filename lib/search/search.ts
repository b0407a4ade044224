import type { OccupationOption } from '@/lib/data/occupations';

export type { OccupationOption };

/** Lower case, no accents or punctuation: what a person's query and a title are compared on. */
function fold(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9-]+/g, ' ').trim();
}

/**
 * Occupations matching a query: every word of the query must start a word of the title (in
 * any order), or the query is a code prefix ("29-20", "2920"). Exact codes come first, then
 * code prefixes, then titles whose words match earliest.
 */
export function searchOccupations(options: readonly OccupationOption[], query: string, limit = 20): OccupationOption[] {
  const q = fold(query);
  if (!q) return [];
  const digits = q.replace(/[^0-9]/g, '');
  const codeLike = /^[0-9][0-9-]*$/.test(q.replace(/\s+/g, ''));
  const words = q.split(/\s+/).filter(Boolean);
  const scored: { option: OccupationOption; score: number }[] = [];
  for (const option of options) {
    const code = option.code.replace('-', '');
    if (codeLike && digits && code.startsWith(digits)) {
      scored.push({ option, score: code === digits ? 0 : 1 });
      continue;
    }
    const titleWords = fold(option.title).split(/\s+/);
    let score = 10;
    let ok = true;
    for (const w of words) {
      const at = titleWords.findIndex((t) => t.startsWith(w));
      if (at < 0) {
        ok = false;
        break;
      }
      score += at;
    }
    if (ok) scored.push({ option, score });
  }
  return scored
    .sort((a, b) => a.score - b.score || (a.score < 10 ? a.option.code.localeCompare(b.option.code) : a.option.title.localeCompare(b.option.title)))
    .slice(0, limit)
    .map((s) => s.option);
}
