import { REQUIRED_EDUCATION_SCALE, type EducationCategory, type OnetEducationValue } from '@/lib/bls/onet-education';
import type { JobZone, JobZoneReference } from '@/lib/bls/onet-job-zones';
import type { OnetOccupation } from '@/lib/bls/onet-occupations';
import type { OnetTask } from '@/lib/bls/onet-tasks';
import type { OnetTechnologySkill } from '@/lib/bls/onet-technology';
import type { OnetAlternateTitle, OnetReportedTitle } from '@/lib/bls/onet-titles';
import type { SourceRef } from '@/lib/bls/types';
import { oncePer } from '@/lib/data/once';
import type { Dataset } from './assemble';
import { groupBySoc } from './assemble-onet';

/**
 * O*NET 29.3 by 2018 SOC code (O*NET 29.3 Database, USDOL/ETA, used under CC BY 4.0: credit
 * `ONET_CREDIT` wherever this is shown). A SOC code gathers its `.00` O*NET occupation and any
 * `.01`-style detail occupations; every item keeps its own `onetCode`, so a page can say which
 * one it comes from (titles: `getOnetOccupations`). Lists are in file order, `.00` first.
 * O*NET has no row for SOC 2010 codes such as 29-2071: map them to 2018 codes first (lib/lineage).
 * Each index is built on first use, once per dataset; a code O*NET does not have gets [].
 */

export const ONET_CREDIT =
  'O*NET 29.3 Database, U.S. Department of Labor, Employment and Training Administration (USDOL/ETA), used under the CC BY 4.0 license';

/** Short titles O*NET lists for an occupation ("RN"), each once, with the title it abbreviates. */
export interface OnetShortTitle {
  onetCode: string;
  shortTitle: string;
  /** The first alternate title that gives it: "Registered Nurse (RN)". */
  alternateTitle: string;
  source: SourceRef;
}

export interface OnetTitles {
  alternate: readonly OnetAlternateTitle[];
  reported: readonly OnetReportedTitle[];
  short: readonly OnetShortTitle[];
}

export interface OnetJobZoneOf {
  onetCode: string;
  jobZone: JobZone;
  /** The Job Zone in O*NET's words (job_zone_reference.txt). */
  reference: JobZoneReference;
  source: SourceRef;
}

/** One required-education level and the percent of workers who say it is required. */
export interface OnetEducationLevel {
  category: number;
  /** O*NET's words: "Associate's Degree (or other 2-year degree)". */
  description: string;
  percent: number;
  /** O*NET advises not to show the value (low precision); null where O*NET writes `n/a`. */
  recommendSuppress: boolean | null;
  source: SourceRef;
}

/** The required-education shares of one O*NET occupation, in category order (1 = less than high school). */
export interface OnetRequiredEducation {
  onetCode: string;
  levels: readonly OnetEducationLevel[];
}

const NONE: readonly never[] = [];

/** The O*NET occupations under a SOC code, with O*NET's title and description ("what they do"). */
export function getOnetOccupations(dataset: Dataset, socCode: string): readonly OnetOccupation[] {
  return dataset.onet?.occupationsBySoc.get(socCode) ?? NONE;
}

const tasksBySoc = oncePer('data/tasksBySoc', (dataset: Dataset) => groupBySoc(dataset.onet?.tasks ?? []));

/** Task statements; `taskType` is Core, Supplemental or null (O*NET's `n/a`). */
export function getOnetTasks(dataset: Dataset, socCode: string): readonly OnetTask[] {
  return tasksBySoc(dataset).get(socCode) ?? NONE;
}

const titlesBySoc = oncePer('data/titlesBySoc', (dataset: Dataset): Map<string, OnetTitles> => {
  const alternate = groupBySoc(dataset.onet?.alternateTitles ?? []);
  const reported = groupBySoc(dataset.onet?.reportedTitles ?? []);
  const map = new Map<string, OnetTitles>();
  for (const socCode of new Set([...alternate.keys(), ...reported.keys()])) {
    const alt = alternate.get(socCode) ?? NONE;
    map.set(socCode, { alternate: alt, reported: reported.get(socCode) ?? NONE, short: shortTitles(alt) });
  }
  return map;
});

const NO_TITLES: OnetTitles = { alternate: NONE, reported: NONE, short: NONE };

/** Everyday titles: O*NET's alternate titles, the titles workers reported, and the short titles (RN, CNA, RHIT). */
export function getOnetTitles(dataset: Dataset, socCode: string): OnetTitles {
  return titlesBySoc(dataset).get(socCode) ?? NO_TITLES;
}

function shortTitles(alternate: readonly OnetAlternateTitle[]): OnetShortTitle[] {
  const seen = new Set<string>();
  const list: OnetShortTitle[] = [];
  for (const t of alternate) {
    if (t.shortTitle === null || seen.has(t.shortTitle)) continue;
    seen.add(t.shortTitle);
    list.push({ onetCode: t.onetCode, shortTitle: t.shortTitle, alternateTitle: t.alternateTitle, source: t.source });
  }
  return list;
}

const jobZonesBySoc = oncePer('data/jobZonesBySoc', (dataset: Dataset): Map<string, OnetJobZoneOf[]> => {
  const reference = new Map((dataset.onet?.jobZoneReference ?? []).map((r) => [r.jobZone, r]));
  const map = new Map<string, OnetJobZoneOf[]>();
  for (const [socCode, zones] of groupBySoc(dataset.onet?.jobZones ?? [])) {
    // assembleOnet refuses job_zones.txt without its reference, which has each zone 1-5.
    map.set(socCode, zones.map((z) => ({ onetCode: z.onetCode, jobZone: z.jobZone, reference: reference.get(z.jobZone)!, source: z.source })));
  }
  return map;
});

/** The Job Zone of each O*NET occupation under the code that has one (O*NET rates 923 of 1,016). */
export function getOnetJobZones(dataset: Dataset, socCode: string): readonly OnetJobZoneOf[] {
  return jobZonesBySoc(dataset).get(socCode) ?? NONE;
}

const educationBySoc = oncePer('data/educationBySoc', (dataset: Dataset): Map<string, OnetRequiredEducation[]> => {
  const words = new Map<number, EducationCategory>();
  for (const c of dataset.onet?.educationCategories ?? []) if (c.scaleId === REQUIRED_EDUCATION_SCALE) words.set(c.category, c);
  const required = (dataset.onet?.educationTrainingExperience ?? []).filter((v) => v.scaleId === REQUIRED_EDUCATION_SCALE);
  const map = new Map<string, OnetRequiredEducation[]>();
  for (const [socCode, values] of groupBySoc(required)) {
    const byOccupation = new Map<string, OnetEducationValue[]>();
    for (const v of values) {
      const rows = byOccupation.get(v.onetCode);
      if (rows) rows.push(v);
      else byOccupation.set(v.onetCode, [v]);
    }
    map.set(socCode, [...byOccupation].map(([onetCode, rows]) => ({
      onetCode,
      // parseOnetEducation checked every RL category against the categories file.
      levels: rows.map((v) => ({ category: v.category!, description: words.get(v.category!)!.description, percent: v.dataValue, recommendSuppress: v.recommendSuppress, source: v.source }))
        .sort((a, b) => a.category - b.category),
    })));
  }
  return map;
});

/**
 * The share of workers by required level of education (O*NET scale RL), for each O*NET
 * occupation under the code that has it: 858 of 1,016 do; 29-2072.00 does not (fall back to the
 * Job Zone and to BLS's EP education category, each shown under its own name).
 */
export function getOnetRequiredEducation(dataset: Dataset, socCode: string): readonly OnetRequiredEducation[] {
  return educationBySoc(dataset).get(socCode) ?? NONE;
}

const technologyBySoc = oncePer('data/technologyBySoc', (dataset: Dataset) => groupBySoc(dataset.onet?.technologySkills ?? []));

/** Technology used in the occupation, with O*NET's Hot Technology and In Demand flags. */
export function getOnetTechnologySkills(dataset: Dataset, socCode: string): readonly OnetTechnologySkill[] {
  return technologyBySoc(dataset).get(socCode) ?? NONE;
}
