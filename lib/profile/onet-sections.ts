import type { Dataset } from '../data/assemble';
import { getOnetJobZones, getOnetOccupations, getOnetRequiredEducation, getOnetTasks, getOnetTechnologySkills, getOnetTitles } from '../data/onet';

/**
 * The O*NET 29.3 parts of a profile, as plain JSON for the page: what they do, everyday titles,
 * Job Zones and required education, technology. O*NET is keyed by 2018 SOC code; a code O*NET
 * does not have (older codes, groups) gets null for each part.
 */

/** Tasks shown before the "more" fold. */
export const FIRST_TASKS = 5;
/** Alternate titles shown before the fold (My Next Move titles are always shown). */
export const FIRST_ALTERNATE_TITLES = 10;

export interface WhatTheyDo {
  occupations: { onetCode: string; title: string; description: string }[];
  /** Core tasks in file order (tasks O*NET does not type count as core), then supplemental ones. */
  firstTasks: string[];
  moreTasks: string[];
}

export interface AlsoCalled {
  /** O*NET's reported titles marked "Shown in My Next Move", in file order. */
  myNextMove: string[];
  /** O*NET's alternate titles, less those already listed (case ignored). */
  firstAlternate: string[];
  moreAlternate: string[];
}

export interface JobZoneView {
  onetCode: string;
  name: string;
  education: string;
  experience: string;
  jobTraining: string;
}

export interface RequiredEducationView {
  onetCode: string;
  levels: { description: string; percent: number; suppressed: boolean }[];
}

export interface TechnologyView {
  /** O*NET's hot technologies, each once, in file order: shown first. */
  hot: string[];
  /** Every example by its UNSPSC commodity, in file order: behind a fold. */
  commodities: { title: string; examples: { name: string; hot: boolean; inDemand: boolean }[] }[];
  count: number;
}

export function getWhatTheyDo(dataset: Dataset, socCode: string): WhatTheyDo | null {
  const occupations = getOnetOccupations(dataset, socCode);
  if (occupations.length === 0) return null;
  const tasks = getOnetTasks(dataset, socCode);
  const core = tasks.filter((t) => t.taskType !== 'Supplemental').map((t) => t.task);
  const supplemental = tasks.filter((t) => t.taskType === 'Supplemental').map((t) => t.task);
  const ordered = [...core, ...supplemental];
  return {
    occupations: occupations.map((o) => ({ onetCode: o.onetCode, title: o.title, description: o.description })),
    firstTasks: ordered.slice(0, FIRST_TASKS),
    moreTasks: ordered.slice(FIRST_TASKS),
  };
}

export function getAlsoCalled(dataset: Dataset, socCode: string): AlsoCalled | null {
  const titles = getOnetTitles(dataset, socCode);
  const seen = new Set<string>();
  const once = (title: string): boolean => {
    const key = title.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  };
  const myNextMove = titles.reported.filter((t) => t.shownInMyNextMove).map((t) => t.reportedTitle).filter(once);
  const alternate = titles.alternate.map((t) => t.alternateTitle).filter(once);
  if (myNextMove.length === 0 && alternate.length === 0) return null;
  return { myNextMove, firstAlternate: alternate.slice(0, FIRST_ALTERNATE_TITLES), moreAlternate: alternate.slice(FIRST_ALTERNATE_TITLES) };
}

export function getJobZones(dataset: Dataset, socCode: string): JobZoneView[] {
  return getOnetJobZones(dataset, socCode).map((z) => ({
    onetCode: z.onetCode,
    name: z.reference.name,
    education: z.reference.education,
    experience: z.reference.experience,
    jobTraining: z.reference.jobTraining,
  }));
}

export function getRequiredEducation(dataset: Dataset, socCode: string): RequiredEducationView[] {
  return getOnetRequiredEducation(dataset, socCode).map((o) => ({
    onetCode: o.onetCode,
    levels: o.levels.map((l) => ({ description: l.description, percent: l.percent, suppressed: l.recommendSuppress === true })),
  }));
}

export function getTechnology(dataset: Dataset, socCode: string): TechnologyView | null {
  const skills = getOnetTechnologySkills(dataset, socCode);
  if (skills.length === 0) return null;
  const byCommodity = new Map<string, TechnologyView['commodities'][number]>();
  for (const s of skills) {
    let c = byCommodity.get(s.commodityTitle);
    if (!c) {
      c = { title: s.commodityTitle, examples: [] };
      byCommodity.set(s.commodityTitle, c);
    }
    // A .00 occupation and its .01 detail may both list a product: once is enough.
    if (!c.examples.some((e) => e.name === s.example)) c.examples.push({ name: s.example, hot: s.hotTechnology, inDemand: s.inDemand });
    else if (s.hotTechnology) c.examples.find((e) => e.name === s.example)!.hot = true;
  }
  const commodities = [...byCommodity.values()];
  const hot = [...new Set(skills.filter((s) => s.hotTechnology).map((s) => s.example))];
  return { hot, commodities, count: commodities.reduce((n, c) => n + c.examples.length, 0) };
}
