import { parseOnetTable, type KnownOnetCodes, type OnetColumns } from './onet-table';
import { BlsParseError } from './errors';
import type { ParseResult, SourceRef } from './types';

/** O*NET's Job Zones: how much preparation most jobs of an occupation need, 1 (little) to 5 (extensive). */
export const JOB_ZONES = [1, 2, 3, 4, 5] as const;
export type JobZone = (typeof JOB_ZONES)[number];

/** The Job Zone of an O*NET-SOC occupation (`job_zones.txt`). */
export interface OnetJobZone {
  onetCode: string;
  socCode: string;
  jobZone: JobZone;
  source: SourceRef;
}

/** What a Job Zone means, in O*NET's words (`job_zone_reference.txt`). */
export interface JobZoneReference {
  jobZone: JobZone;
  /** "Job Zone Three: Medium Preparation Needed". */
  name: string;
  experience: string;
  education: string;
  jobTraining: string;
  examples: string;
  /** Specific Vocational Preparation range, as written: "(6.0 to < 7.0)". */
  svpRange: string;
  source: SourceRef;
}

const ZONES = {
  onetCode: 'O*NET-SOC Code',
  title: 'Title',
  jobZone: 'Job Zone',
  date: 'Date',
  domainSource: 'Domain Source',
} as const satisfies OnetColumns<string>;

const REFERENCE = {
  jobZone: 'Job Zone',
  name: 'Name',
  experience: 'Experience',
  education: 'Education',
  jobTraining: 'Job Training',
  examples: 'Examples',
  svpRange: 'SVP Range',
} as const satisfies OnetColumns<string>;

const EXPECTED_ZONE = 'a Job Zone from 1 to 5';

/** Reads O*NET's `job_zones.txt`: at most one row per occupation. */
export function parseOnetJobZones(text: string, file: string, known?: KnownOnetCodes): ParseResult<OnetJobZone> {
  const seen = new Set<string>();
  return parseOnetTable(text, file, ZONES, (row) => {
    const code = row.code('onetCode');
    if (seen.has(code.onetCode)) throw row.error('onetCode', 'an O*NET-SOC code not listed above');
    seen.add(code.onetCode);
    return { onetCode: code.onetCode, socCode: code.socCode, jobZone: row.whole('jobZone', EXPECTED_ZONE, 1, 5) as JobZone, source: row.source };
  }, known);
}

/** Reads O*NET's `job_zone_reference.txt`: each of the five Job Zones once, in order. */
export function parseJobZoneReference(text: string, file: string): ParseResult<JobZoneReference> {
  const result = parseOnetTable(text, file, REFERENCE, (row): JobZoneReference => ({
    jobZone: row.whole('jobZone', EXPECTED_ZONE, 1, 5) as JobZone,
    name: row.text('name', 'a Job Zone name'),
    experience: row.text('experience', 'the experience a Job Zone needs'),
    education: row.text('education', 'the education a Job Zone needs'),
    jobTraining: row.text('jobTraining', 'the job training a Job Zone needs'),
    examples: row.text('examples', 'examples of occupations'),
    svpRange: row.text('svpRange', 'an SVP range'),
    source: row.source,
  }));
  const zones = result.records.map((r) => r.jobZone);
  if (zones.join() !== JOB_ZONES.join()) {
    const last = result.records.at(-1)?.source.line ?? 1;
    throw new BlsParseError({ file, line: last, expected: 'one row for each Job Zone, 1 to 5 in order', found: `Job Zones ${zones.join(', ') || 'none'}` });
  }
  return result;
}
