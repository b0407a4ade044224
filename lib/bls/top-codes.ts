import type { Projection } from './projection-merge';
import type { TopCodes } from './oews';

/** OEWS annualises hourly wages at 2,080 hours a year, so the two top codes move together. */
export const HOURS_PER_YEAR = 2080;

/**
 * The top code as the OEWS field descriptions state it:
 * `#  = indicates a wage equal to or greater than $115.00 per hour or $239,200 per year`.
 */
export function topCodesFromFieldDescriptions(text: string): TopCodes | null {
  const m = /#\s*=[^"\n]*?\$([\d,.]+)\s*per hour or \$([\d,]+)\s*per year/i.exec(text);
  if (!m?.[1] || !m[2]) return null;
  return { hourly: Number(m[1].replace(/,/g, '')), annual: Number(m[2].replace(/,/g, '')) };
}

/**
 * The top code as an EP vintage's median-wage column shows it (`>=$208,000`), for the OEWS
 * May release that column comes from.
 */
export function topCodesFromProjections(projections: readonly Projection[]): { year: number; topCodes: TopCodes } | null {
  const year = projections.find((p) => p.wageYear != null)?.wageYear;
  if (year == null) return null;
  const codes = new Set<number>();
  for (const p of projections) {
    if (p.medianAnnualWage?.kind === 'top-coded' && p.medianAnnualWage.atLeast != null) codes.add(p.medianAnnualWage.atLeast);
  }
  if (codes.size !== 1) return null;
  const annual = [...codes][0]!;
  return { year, topCodes: { annual, hourly: annual / HOURS_PER_YEAR } };
}
