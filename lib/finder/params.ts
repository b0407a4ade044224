import { z } from 'zod';
import { list, matching, oneOf, quote, readQuery, single, type Fields, type QueryValues, type SearchParams } from '@/lib/http/query';

/**
 * The occupation finder's parameters, one schema for the page and its CSV:
 * `/occupations?group=29&education=associates&min_wage=40000&sort=-growth`. The page reads
 * them leniently (a bad parameter is left out and named in a notice), the CSV strictly (400).
 */

/** EP's "typical education needed for entry", in the order of the levels. */
export const EDUCATION = {
  none: 'No formal educational credential',
  'high-school': 'High school diploma or equivalent',
  'some-college': 'Some college, no degree',
  'postsecondary-nondegree': 'Postsecondary nondegree award',
  associates: "Associate's degree",
  bachelors: "Bachelor's degree",
  masters: "Master's degree",
  doctoral: 'Doctoral or professional degree',
} as const;

/** EP's "work experience in a related occupation". */
export const EXPERIENCE = {
  none: 'None',
  'less-than-5-years': 'Less than 5 years',
  '5-years-or-more': '5 years or more',
} as const;

/** EP's "typical on-the-job training needed to attain competency in the occupation". */
export const TRAINING = {
  none: 'None',
  'short-term': 'Short-term on-the-job training',
  'moderate-term': 'Moderate-term on-the-job training',
  'long-term': 'Long-term on-the-job training',
  apprenticeship: 'Apprenticeship',
  'internship-residency': 'Internship/residency',
} as const;

export type EducationLevel = keyof typeof EDUCATION;
export type ExperienceLevel = keyof typeof EXPERIENCE;
export type TrainingLevel = keyof typeof TRAINING;

/** The columns a view sorts by; `-growth` is growth, largest first. */
export const SORT_KEYS = ['title', 'group', 'wage', 'jobs', 'growth', 'openings', 'education', 'experience', 'training'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export interface FinderSort {
  key: SortKey;
  descending: boolean;
}

/** Longest text filter read; a title is shorter. */
export const MAX_TEXT_LENGTH = 100;

const keysOf = <T extends Record<string, string>>(o: T) => Object.keys(o) as [keyof T & string, ...(keyof T & string)[]];

/** The 2018 SOC major groups (the first two digits of a code) that Employment Projections has. */
export const MAJOR_GROUPS = ['11', '13', '15', '17', '19', '21', '23', '25', '27', '29', '31', '33', '35', '37', '39', '41', '43', '45', '47', '49', '51', '53'] as const;

/** A page of the table, 1-based; a page past the last is the view's business (it knows how many there are). */
const pageNumber = matching(/^\d{1,12}$/, 'is not a page number (expected 1, 2, 3 and so on).')
  .transform(Number)
  .refine((n) => n >= 1, { error: 'is not a page number (the first page is 1).' });

/** Whole dollars a year. */
const dollars = matching(/^\d{1,8}$/, 'is not a number of whole dollars a year (expected e.g. 40000).').transform(Number);
/** A percent, possibly negative or with decimals. */
const percent = matching(/^-?\d{1,4}(\.\d+)?$/, 'is not a percent (expected e.g. 5 or -2.5).').transform(Number);

/**
 * The one schema of the finder's parameters (lib/http/query's rules: blank is absent, a single
 * value given twice is a problem, lists are comma-separated or repeated).
 */
export const FINDER_FIELDS = {
  q: single(z.string(), MAX_TEXT_LENGTH, 'The text filter'),
  group: list(oneOf(MAJOR_GROUPS, 'a major group (the first two digits of a SOC code, 11 to 53)'), MAJOR_GROUPS.length, 'major groups'),
  education: list(oneOf(keysOf(EDUCATION), 'an education level'), 8, 'education levels'),
  experience: list(oneOf(keysOf(EXPERIENCE), 'a work experience level'), 3, 'experience levels'),
  training: list(oneOf(keysOf(TRAINING), 'an on-the-job training level'), 6, 'training levels'),
  min_wage: single(dollars),
  max_wage: single(dollars),
  min_growth: single(percent),
  sort: single(matching(new RegExp(`^-?(${SORT_KEYS.join('|')})$`), `is not a column to sort by (expected ${SORT_KEYS.join(', ')}; "-" before it for largest first).`)),
  // The page shows PAGE_SIZE rows of the view at a time; the CSV takes `page` (so the page's
  // parameters work for it) but always holds every matching row.
  page: single(pageNumber),
} satisfies Fields;

export interface FinderParams {
  text: string;
  groups: string[];
  education: EducationLevel[];
  experience: ExperienceLevel[];
  training: TrainingLevel[];
  minWage: number | null;
  maxWage: number | null;
  minGrowth: number | null;
  sort: FinderSort;
  /** 1-based; may be past the last page until the view clamps it. */
  page: number;
}

export const DEFAULT_SORT: FinderSort = { key: 'title', descending: false };

function toParams(v: QueryValues<typeof FINDER_FIELDS>): FinderParams {
  const sort = v.sort;
  return {
    text: v.q ?? '',
    groups: [...new Set(v.group ?? [])],
    education: [...new Set(v.education ?? [])],
    experience: [...new Set(v.experience ?? [])],
    training: [...new Set(v.training ?? [])],
    minWage: v.min_wage ?? null,
    maxWage: v.max_wage ?? null,
    minGrowth: v.min_growth ?? null,
    sort: sort ? { key: sort.replace(/^-/, '') as SortKey, descending: sort.startsWith('-') } : DEFAULT_SORT,
    page: v.page ?? 1,
  };
}

/** Parameters the finder does not have: named, so a typo is not silently ignored. */
function unknownParameters(params: SearchParams): string[] {
  const unknown = Object.keys(params).filter((k) => !(k in FINDER_FIELDS));
  return unknown.length ? [`The finder has no parameter ${unknown.map((k) => quote(k)).join(', ')}.`] : [];
}

export type StrictResult = { ok: true; params: FinderParams } | { ok: false; errors: string[] };

/** For the CSV: every parameter must be right, else the errors (the route answers 400). */
export function parseFinderParamsStrict(input: SearchParams): StrictResult {
  const { values, problems } = readQuery(FINDER_FIELDS, input);
  const params = toParams(values);
  const errors = [...problems.map((p) => `${p.name}: ${p.message}`), ...unknownParameters(input), ...rangeErrors(params)];
  return errors.length ? { ok: false, errors } : { ok: true, params };
}

/** For the page: a bad parameter is left out of the view and named in a notice; never throws. */
export function parseFinderParams(input: SearchParams): { params: FinderParams; notices: string[] } {
  const { values, problems } = readQuery(FINDER_FIELDS, input);
  const params = toParams(values);
  const notices = [
    ...problems.map((p) => `${p.name}: ${p.message} ${p.message.startsWith('Give ') ? 'The first was used.' : 'It was left out.'}`),
    ...unknownParameters(input).map((n) => `${n} It was ignored.`),
  ];
  const range = rangeErrors(params);
  if (range.length) return { params: { ...params, minWage: null, maxWage: null }, notices: [...notices, ...range.map((e) => `${e} Both limits were left out.`)] };
  return { params, notices };
}

function rangeErrors(p: FinderParams): string[] {
  return p.minWage !== null && p.maxWage !== null && p.minWage > p.maxWage
    ? [`The minimum wage ($${p.minWage.toLocaleString('en-US')}) is above the maximum ($${p.maxWage.toLocaleString('en-US')}).`]
    : [];
}

/**
 * The canonical query string of a view: defaults left out, lists comma-joined, in a fixed order.
 * Links that change the filters or the sort pass `{ page: 1 }`; the CSV's and the about page's
 * links leave the page out too (the file holds every page).
 */
export function finderQuery(p: FinderParams, overrides: Partial<FinderParams> = {}): string {
  const v = { ...p, ...overrides };
  const q = new URLSearchParams();
  if (v.text) q.set('q', v.text);
  if (v.groups.length) q.set('group', v.groups.join(','));
  if (v.education.length) q.set('education', v.education.join(','));
  if (v.experience.length) q.set('experience', v.experience.join(','));
  if (v.training.length) q.set('training', v.training.join(','));
  if (v.minWage !== null) q.set('min_wage', String(v.minWage));
  if (v.maxWage !== null) q.set('max_wage', String(v.maxWage));
  if (v.minGrowth !== null) q.set('min_growth', String(v.minGrowth));
  if (v.sort.key !== DEFAULT_SORT.key || v.sort.descending !== DEFAULT_SORT.descending) q.set('sort', `${v.sort.descending ? '-' : ''}${v.sort.key}`);
  if (v.page > 1) q.set('page', String(v.page));
  const s = q.toString();
  return s ? `?${s}` : '';
}
