import { parseOnetTable, type OnetColumns } from './onet-table';
import type { ParseResult, SourceRef } from './types';

/**
 * One O*NET-SOC occupation from `occupation_data.txt`: its title and O*NET's one-paragraph
 * description of what workers in it do. Source: O*NET 29.3 Database, USDOL/ETA, CC BY 4.0.
 */
export interface OnetOccupation {
  /** O*NET-SOC code, e.g. 29-2072.00; `.01`-style codes are O*NET-only detail occupations. */
  onetCode: string;
  /** The 2018 SOC code it rolls up to (the first seven characters). */
  socCode: string;
  title: string;
  description: string;
  source: SourceRef;
}

const COLUMNS = {
  onetCode: 'O*NET-SOC Code',
  title: 'Title',
  description: 'Description',
} as const satisfies OnetColumns<string>;

/** Reads O*NET's `occupation_data.txt`: one row per O*NET-SOC code, each code once. */
export function parseOnetOccupations(text: string, file: string): ParseResult<OnetOccupation> {
  const seen = new Set<string>();
  return parseOnetTable(text, file, COLUMNS, (row) => {
    const { onetCode, socCode } = row.code('onetCode');
    if (seen.has(onetCode)) throw row.error('onetCode', 'an O*NET-SOC code not listed above');
    seen.add(onetCode);
    return { onetCode, socCode, title: row.title('title'), description: row.text('description', 'a description'), source: row.source };
  });
}
