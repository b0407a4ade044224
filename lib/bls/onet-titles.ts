import { parseOnetTable, type KnownOnetCodes, type OnetColumns } from './onet-table';
import type { ParseResult, SourceRef } from './types';

/**
 * An everyday title of an O*NET-SOC occupation (`alternate_titles.txt`), with its short form
 * where O*NET gives one ("Registered Nurse (RN)" → "RN").
 */
export interface OnetAlternateTitle {
  onetCode: string;
  socCode: string;
  alternateTitle: string;
  /** Null where O*NET writes `n/a`. */
  shortTitle: string | null;
  source: SourceRef;
}

/** A title workers reported in O*NET's surveys (`sample_of_reported_titles.txt`). */
export interface OnetReportedTitle {
  onetCode: string;
  socCode: string;
  reportedTitle: string;
  /** O*NET shows the title on its My Next Move site: the most familiar ones. */
  shownInMyNextMove: boolean;
  source: SourceRef;
}

// Source(s) lists O*NET's codes for where a title was found; checked for presence only.
const ALTERNATE = {
  onetCode: 'O*NET-SOC Code',
  title: 'Title',
  alternateTitle: 'Alternate Title',
  shortTitle: 'Short Title',
  sources: 'Source(s)',
} as const satisfies OnetColumns<string>;

const REPORTED = {
  onetCode: 'O*NET-SOC Code',
  title: 'Title',
  reportedTitle: 'Reported Job Title',
  shownInMyNextMove: 'Shown in My Next Move',
} as const satisfies OnetColumns<string>;

/** Reads O*NET's `alternate_titles.txt`. */
export function parseOnetAlternateTitles(text: string, file: string, known?: KnownOnetCodes): ParseResult<OnetAlternateTitle> {
  return parseOnetTable(text, file, ALTERNATE, (row) => {
    const code = row.code('onetCode');
    return {
      onetCode: code.onetCode,
      socCode: code.socCode,
      alternateTitle: row.text('alternateTitle', 'an alternate title'),
      shortTitle: row.optionalText('shortTitle', 'a short title'),
      source: row.source,
    };
  }, known);
}

/** Reads O*NET's `sample_of_reported_titles.txt`. */
export function parseOnetReportedTitles(text: string, file: string, known?: KnownOnetCodes): ParseResult<OnetReportedTitle> {
  return parseOnetTable(text, file, REPORTED, (row) => {
    const code = row.code('onetCode');
    return {
      onetCode: code.onetCode,
      socCode: code.socCode,
      reportedTitle: row.text('reportedTitle', 'a reported job title'),
      shownInMyNextMove: row.flag('shownInMyNextMove', 'a Shown in My Next Move flag'),
      source: row.source,
    };
  }, known);
}
