import type { Dataset } from '../data/assemble';
import { getOccupationIndex, latestVintage, latestWageRelease } from '../data/occupations';
import type { RelatedOccupations } from './related';
import { getQuickFacts, type QuickFacts } from './quick-facts';

/** Whether the latest OEWS release and the latest EP vintage both leave the code out: it is no longer published. */
export function isRetired(dataset: Dataset, socCode: string): boolean {
  const occupation = getOccupationIndex(dataset).byCode.get(socCode);
  if (!occupation) return false;
  return !occupation.wageYears.includes(latestWageRelease(dataset).year) && !occupation.vintages.includes(latestVintage(dataset).vintage);
}

/**
 * What a retired code is today: the 2018 SOC codes the BLS crosswalks lead it to (for 29-2071,
 * 29-2072 and 29-9021), each with its quick facts from the latest release and vintage.
 * `related.onetCodes` holds exactly those codes (lib/related follows the code forward).
 */
export function getSuccessors(dataset: Dataset, socCode: string, related: RelatedOccupations): QuickFacts[] {
  if (!isRetired(dataset, socCode)) return [];
  return related.onetCodes.filter((c) => c.socCode !== socCode).flatMap((c) => {
    const facts = getQuickFacts(dataset, c.socCode);
    return facts ? [facts] : [];
  });
}
