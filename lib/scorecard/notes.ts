import type { Comparability, Coverage, ScoredOccupation } from './types';

/** Lists longer than this are cut, with a count of the rest: a note is read, not scanned. */
const MAX_LISTED = 6;

/** "29-1141 Registered nurses, 29-1151 Nurse anesthetists and 2 more". */
export function describeCodes(codes: readonly Pick<ScoredOccupation, 'socCode' | 'title'>[]): string {
  const named = codes.slice(0, MAX_LISTED).map((c) => `${c.socCode} ${c.title}`);
  const rest = codes.length - named.length;
  if (rest > 0) return `${named.join(', ')} and ${rest} more`;
  return named.length > 1 ? `${named.slice(0, -1).join(', ')} and ${named[named.length - 1]}` : named[0] ?? '';
}

export interface ComparabilityFacts {
  comparability: Comparability;
  sideA: ScoredOccupation[];
  sideB: ScoredOccupation[];
  a: string;
  b: string;
  cover: Coverage;
}

/** Why a comparison is, or is not, like for like; null for the same code covering the same jobs. */
export function describeComparability(f: ComparabilityFacts): string | null {
  const a0 = f.sideA[0]!;
  const b0 = f.sideB[0]!;
  const parts: string[] = [];
  if (f.comparability === 'renamed') {
    parts.push(`Coded ${a0.socCode} in ${f.a} and ${b0.socCode} ${b0.title} in ${f.b}; the BLS crosswalks link the two one to one.`);
  } else if (f.comparability === 'split') {
    parts.push(`Not like for like: ${a0.socCode} (${f.a}) corresponds to ${f.sideB.length} occupations in ${f.b}: ${describeCodes(f.sideB)}. The actual is their sum.`);
  } else if (f.comparability === 'merged') {
    parts.push(`Not like for like: in ${f.b}, ${b0.socCode} ${b0.title} combines ${f.sideA.length} occupations projected separately in ${f.a}: ${describeCodes(f.sideA)}. Their projections are summed.`);
  } else if (f.comparability === 'regrouped') {
    parts.push(`Not like for like: codes were regrouped between ${f.a} and ${f.b}. ${describeCodes(f.sideA)} (${f.a}) together correspond to ${describeCodes(f.sideB)} (${f.b}); both sides are summed.`);
  }
  if (f.cover.unlinked) {
    parts.push(`${a0.socCode} is in none of the BLS code crosswalks; it is matched by its code alone.`);
  } else if (!f.cover.exact) {
    const gaps = [
      f.cover.onlyA.length ? `only the projection covers ${f.cover.onlyA.join(', ')}` : '',
      f.cover.onlyB.length ? `only the actual covers ${f.cover.onlyB.join(', ')}` : '',
    ].filter(Boolean);
    parts.push(`The two sides do not cover exactly the same occupations${gaps.length ? ` (in ${f.cover.label} codes, ${gaps.join('; ')})` : ''}.`);
  }
  return parts.length ? parts.join(' ') : null;
}

/**
 * Why a chosen summary code (a broad or minor group such as 17-1010) has no line in a projection
 * check: only detailed occupations are scored. Names the detailed lines of the vintage under it.
 */
export function summaryLeftOutNote(summary: { socCode: string; title: string }, vintage: { vintage: string; projections: readonly { socCode: string; title: string; level: string }[] }): string {
  const prefix = summary.socCode.replace(/0+$/, '');
  const detailed = vintage.projections.filter((p) => p.level === 'detailed' && p.socCode !== summary.socCode && p.socCode.startsWith(prefix));
  const under = detailed.length ? ` Its detailed occupations, which can be chosen instead: ${describeCodes(detailed.map((p) => ({ socCode: p.socCode, title: p.title.trim() })))}.` : '';
  return `${summary.socCode} ${summary.title.trim()} is left out: it is a summary line of ${vintage.vintage} (a total of detailed occupations), and only detailed occupations are checked.${under}`;
}
