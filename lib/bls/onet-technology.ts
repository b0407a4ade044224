import { parseOnetTable, type KnownOnetCodes, type OnetColumns } from './onet-table';
import type { ParseResult, SourceRef } from './types';

/** One technology (software, mostly) used in an O*NET-SOC occupation (`technology_skills.txt`). */
export interface OnetTechnologySkill {
  onetCode: string;
  socCode: string;
  /** The product or kind of technology: "Epic Systems", "Microsoft Excel". */
  example: string;
  /** The UNSPSC commodity it belongs to: 8 digits and a title ("Medical software"). */
  commodityCode: string;
  commodityTitle: string;
  /** Frequently named in employers' job postings (O*NET's "Hot Technology"). */
  hotTechnology: boolean;
  /** Among the most named in postings for this occupation (O*NET's "In Demand"). */
  inDemand: boolean;
  source: SourceRef;
}

const COLUMNS = {
  onetCode: 'O*NET-SOC Code',
  title: 'Title',
  example: 'Example',
  commodityCode: 'Commodity Code',
  commodityTitle: 'Commodity Title',
  hotTechnology: 'Hot Technology',
  inDemand: 'In Demand',
} as const satisfies OnetColumns<string>;

/** Reads O*NET's `technology_skills.txt`. */
export function parseOnetTechnologySkills(text: string, file: string, known?: KnownOnetCodes): ParseResult<OnetTechnologySkill> {
  return parseOnetTable(text, file, COLUMNS, (row) => {
    const code = row.code('onetCode');
    if (!/^\d{8}$/.test(row.raw('commodityCode'))) throw row.error('commodityCode', 'an 8-digit UNSPSC commodity code');
    return {
      onetCode: code.onetCode,
      socCode: code.socCode,
      example: row.repeatedText('example', 'a technology example'),
      commodityCode: row.repeatedText('commodityCode', 'an 8-digit UNSPSC commodity code'),
      commodityTitle: row.repeatedText('commodityTitle', 'a commodity title'),
      hotTechnology: row.flag('hotTechnology', 'a Hot Technology flag'),
      inDemand: row.flag('inDemand', 'an In Demand flag'),
      source: row.source,
    };
  }, known);
}
