import { parseOnetTable, type OnetColumns } from './onet-table';
import type { ParseResult, SourceRef } from './types';

/** O*NET's relatedness tiers, closest first. */
export const RELATEDNESS_TIERS = ['Primary-Short', 'Primary-Long', 'Supplemental'] as const;
export type RelatednessTier = (typeof RELATEDNESS_TIERS)[number];

/**
 * One related occupation of an O*NET-SOC occupation. O*NET codes add two digits to the 2018 SOC
 * code (29-2072.00); `.01`-style codes are O*NET-only detail under the same SOC code.
 * Source: O*NET 29.3 Database, USDOL/ETA, CC BY 4.0 — credit it wherever this is shown.
 */
export interface RelatedOccupation {
  onetCode: string;
  socCode: string;
  title: string;
  relatedOnetCode: string;
  relatedSocCode: string;
  relatedTitle: string;
  tier: RelatednessTier;
  /** O*NET's Index: 1 is the most related. */
  rank: number;
  source: SourceRef;
}

const COLUMNS = {
  onetCode: 'O*NET-SOC Code',
  title: 'Title',
  relatedOnetCode: 'Related O*NET-SOC Code',
  relatedTitle: 'Related Title',
  tier: 'Relatedness Tier',
  rank: 'Index',
} as const satisfies OnetColumns<string>;

/** Reads O*NET's `related_occupations.txt`. */
export function parseOnetRelated(text: string, file: string): ParseResult<RelatedOccupation> {
  return parseOnetTable(text, file, COLUMNS, (row) => {
    const { onetCode, socCode } = row.code('onetCode');
    const related = row.code('relatedOnetCode');
    return {
      onetCode,
      socCode,
      title: row.title('title'),
      relatedOnetCode: related.onetCode,
      relatedSocCode: related.socCode,
      relatedTitle: row.title('relatedTitle'),
      tier: row.oneOf('tier', RELATEDNESS_TIERS, `a relatedness tier (${RELATEDNESS_TIERS.join(', ')})`),
      rank: row.whole('rank', 'a whole-number Index of 1 or more', 1),
      source: row.source,
    };
  });
}
