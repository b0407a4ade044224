import { BlsParseError } from '@/lib/bls/errors';
import { parseEducationCategories, parseOnetEducation, type EducationCategory, type OnetEducationValue } from '@/lib/bls/onet-education';
import { parseJobZoneReference, parseOnetJobZones, type JobZoneReference, type OnetJobZone } from '@/lib/bls/onet-job-zones';
import { parseOnetOccupations, type OnetOccupation } from '@/lib/bls/onet-occupations';
import type { KnownOnetCodes } from '@/lib/bls/onet-table';
import { parseOnetTasks, type OnetTask } from '@/lib/bls/onet-tasks';
import { parseOnetTechnologySkills, type OnetTechnologySkill } from '@/lib/bls/onet-technology';
import { parseOnetAlternateTitles, parseOnetReportedTitles, type OnetAlternateTitle, type OnetReportedTitle } from '@/lib/bls/onet-titles';
import type { ParseResult } from '@/lib/bls/types';

/**
 * The O*NET 29.3 tables the app reads besides related occupations (O*NET 29.3 Database,
 * USDOL/ETA, CC BY 4.0). Each table is kept whole, in file order, as its reader returns it;
 * `lib/data/onet.ts` groups them by 2018 SOC code once per dataset, when first asked.
 */
export interface OnetData {
  /** `occupation_data.txt`: 1,016 O*NET-SOC occupations. */
  occupations: OnetOccupation[];
  /** The O*NET-SOC occupations under each 2018 SOC code: the `.00` one first, then `.01`-style detail. */
  occupationsBySoc: ReadonlyMap<string, readonly OnetOccupation[]>;
  /** Read on first use (see onFirstUse below), like educationTrainingExperience and technologySkills. */
  readonly tasks: OnetTask[];
  alternateTitles: OnetAlternateTitle[];
  reportedTitles: OnetReportedTitle[];
  jobZones: OnetJobZone[];
  /** The five Job Zones, 1 to 5, in O*NET's words. */
  jobZoneReference: JobZoneReference[];
  readonly educationTrainingExperience: OnetEducationValue[];
  educationCategories: EducationCategory[];
  readonly technologySkills: OnetTechnologySkill[];
}

const DIR = 'onet/';
const OCCUPATIONS = `${DIR}occupation_data.txt`;
const CATEGORIES = `${DIR}education_training_experience_categories.txt`;

type Account = <R extends ParseResult<unknown>>(result: R) => R;

/**
 * Reads the O*NET tables under `onet/`, or returns null when none is there. Every code of every
 * other table must be an occupation of `occupation_data.txt`, so a file from another O*NET
 * release stops the load instead of showing another release's rows under this one's titles.
 */
export function assembleOnet(files: ReadonlyMap<string, string>, account: Account): OnetData | null {
  const NAMES = ['occupation_data', 'task_statements', 'alternate_titles', 'sample_of_reported_titles', 'job_zones', 'job_zone_reference', 'education_training_experience', 'education_training_experience_categories', 'technology_skills'];
  if (!NAMES.some((name) => files.has(`${DIR}${name}.txt`))) return null;
  // A table that is not shipped reads as empty; occupation_data.txt missing fails every other table's first code.
  const read = <T>(name: string, parse: (text: string, file: string) => ParseResult<T>): T[] => {
    const file = `${DIR}${name}.txt`;
    const text = files.get(file);
    return text === undefined ? [] : account(parse(text, file)).records;
  };
  /**
   * The large tables only the profiles read (tasks, technology, education: 13 MiB of text, several
   * times that parsed): parsed and checked here like every table, so a bad file still stops the
   * load and every row is accounted for, but not kept; the first use parses the text again and
   * keeps the records. A server that answers from prerendered profiles never holds them.
   */
  const onFirstUse = <T>(name: string, parse: OnetParser<T>): (() => T[]) => {
    const file = `${DIR}${name}.txt`;
    const text = files.get(file);
    if (text !== undefined) account(parse(text, file, known));
    return parsedOnFirstUse(text, file, parse, known);
  };
  const occupations = read('occupation_data', parseOnetOccupations);
  const known: KnownOnetCodes = { file: OCCUPATIONS, codes: new Set(occupations.map((o) => o.onetCode)) };
  const educationCategories = read('education_training_experience_categories', parseEducationCategories);
  const jobZones = read('job_zones', (text, file) => parseOnetJobZones(text, file, known));
  const jobZoneReference = read('job_zone_reference', parseJobZoneReference);
  if (jobZones.length > 0 && jobZoneReference.length === 0) {
    throw new BlsParseError({ file: `${DIR}job_zone_reference.txt`, line: 1, expected: 'the Job Zone reference beside onet/job_zones.txt', found: 'no such file' });
  }
  const tasks = onFirstUse('task_statements', parseOnetTasks);
  const education = onFirstUse('education_training_experience', educationParser(educationCategories));
  const technology = onFirstUse('technology_skills', parseOnetTechnologySkills);
  // The getters are the lazy readers themselves: a getter written here would keep this scope alive.
  const eager: Omit<OnetData, 'tasks' | 'educationTrainingExperience' | 'technologySkills'> = {
    occupations,
    occupationsBySoc: groupBySoc(occupations),
    alternateTitles: read('alternate_titles', (text, file) => parseOnetAlternateTitles(text, file, known)),
    reportedTitles: read('sample_of_reported_titles', (text, file) => parseOnetReportedTitles(text, file, known)),
    jobZones,
    jobZoneReference,
    educationCategories,
  };
  return Object.defineProperties(eager, {
    tasks: { get: tasks, enumerable: true },
    educationTrainingExperience: { get: education, enumerable: true },
    technologySkills: { get: technology, enumerable: true },
  }) as OnetData;
}

type OnetParser<T> = (text: string, file: string, known: KnownOnetCodes) => ParseResult<T>;

/**
 * Parses `text` when first called and keeps the records. Here, not inside assembleOnet, and
 * given module-level parsers: a closure made in assembleOnet would keep its whole scope alive,
 * the map of every data file with it (measured: 11 MiB of other tables' texts kept).
 */
function parsedOnFirstUse<T>(text: string | undefined, file: string, parse: OnetParser<T>, known: KnownOnetCodes): () => T[] {
  let kept: T[] | null = null;
  return () => (kept ??= text === undefined ? [] : parse(text, file, known).records);
}

/** The education table's parser, checking its categories against the categories table. */
function educationParser(categories: EducationCategory[]): OnetParser<OnetEducationValue> {
  return (text, file, known) => parseOnetEducation(text, file, known, { file: CATEGORIES, categories });
}

/** Records by 2018 SOC code, each list in file order (O*NET files are sorted by O*NET-SOC code). */
export function groupBySoc<T extends { socCode: string }>(records: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const record of records) {
    const list = map.get(record.socCode);
    if (list) list.push(record);
    else map.set(record.socCode, [record]);
  }
  return map;
}
