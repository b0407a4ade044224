/**
 * How a projected change compares with the all-occupations average of the same vintage, in the
 * words of BLS's Occupational Outlook Handbook ("much faster than average" …). The OOH's own
 * percent bands are set per edition and are not in the shipped tables, so this rule is ours,
 * stated on every page that uses it (GROWTH_RULE): it compares the occupation's percent change p
 * with the all-occupations percent change a, both as published (one decimal).
 */
export type GrowthPhrase =
  | 'much faster than average'
  | 'faster than average'
  | 'about as fast as average'
  | 'slower than average'
  | 'little or no change'
  | 'decline';

export const GROWTH_RULE =
  'Compared with the change for all occupations (a): a decline is a fall of more than 1%; little or no change is -1% to +1%; ' +
  'much faster than average is at least twice a and more than 1 point above it; faster than average is more than 1 point above a; ' +
  'about as fast as average is within 1 point of a; slower than average is growth more than 1 point below a.';

export function growthPhrase(changePercent: number, allOccupationsPercent: number): GrowthPhrase {
  // In tenths of a point, as published, so that 4.1 against 3.1 is exactly 1 point (no binary noise).
  const p = Math.round(changePercent * 10);
  const a = Math.round(allOccupationsPercent * 10);
  if (p < -10) return 'decline';
  if (p <= 10) return 'little or no change';
  if (p >= 2 * a && p > a + 10) return 'much faster than average';
  if (p > a + 10) return 'faster than average';
  if (p >= a - 10) return 'about as fast as average';
  return 'slower than average';
}
