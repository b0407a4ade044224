import { z } from 'zod';

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

/** One value or several: repeated (`education=a&education=b`, as checkboxes send them) or comma-separated. */
const list = <T extends string>(values: readonly [T, ...T[]], what: string, expected = values.join(', ')) =>
  z.preprocess(
    (v) => (v === undefined ? [] : (Array.isArray(v) ? v : [v]).flatMap((s) => String(s).split(',')).map((s) => s.trim()).filter(Boolean)),
    z.array(z.enum(values, { error: (issue) => `${JSON.stringify(String(issue.input).slice(0, 40))} is not ${what} (expected ${expected})` })),
  );

/** The 2018 SOC major groups (the first two digits of a code) that Employment Projections has. */
export const MAJOR_GROUPS = ['11', '13', '15', '17', '19', '21', '23', '25', '27', '29', '31', '33', '35', '37', '39', '41', '43', '45', '47', '49', '51', '53'] as const;

/** One value: the first where a parameter is repeated, blank meaning absent. */
const single = (schema: z.ZodType) =>
  z.preprocess((v) => {
    const s = (Array.isArray(v) ? v[0] : v) as unknown;
    return typeof s === 'string' && s.trim() === '' ? undefined : typeof s === 'string' ? s.trim() : s;
  }, schema.optional());

const dollars = (what: string) =>
  single(z.coerce.number({ error: `${what} must be a number of dollars a year, e.g. 40000` }).int(`${what} must be whole dollars, e.g. 40000`).min(0, `${what} cannot be negative`).max(10_000_000, `${what} is above any wage`));

export const finderParamsSchema = z
  .object({
    q: single(z.string().max(MAX_TEXT_LENGTH, `the text filter is longer than ${MAX_TEXT_LENGTH} characters`)),
    group: list(MAJOR_GROUPS, 'a major group', 'the first two digits of a SOC code, 11 to 53, e.g. 29'),
    education: list(keysOf(EDUCATION), 'an education level'),
    experience: list(keysOf(EXPERIENCE), 'a work experience level'),
    training: list(keysOf(TRAINING), 'an on-the-job training level'),
    min_wage: dollars('The minimum wage'),
    max_wage: dollars('The maximum wage'),
    min_growth: single(z.coerce.number({ error: 'The minimum growth must be a percent, e.g. 5 or -2.5' }).min(-100, 'The minimum growth cannot be below -100%').max(1000, 'The minimum growth is above any projection')),
    sort: single(
      z.string().regex(new RegExp(`^-?(${SORT_KEYS.join('|')})$`), `the sort must be a column (${SORT_KEYS.join(', ')}), with "-" before it for largest first`),
    ),
  })
  .strict();

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
}

export const DEFAULT_SORT: FinderSort = { key: 'title', descending: false };

type Parsed = z.output<typeof finderParamsSchema>;

function toParams(p: Parsed): FinderParams {
  const sort = p.sort as string | undefined;
  return {
    text: (p.q as string | undefined) ?? '',
    groups: [...new Set(p.group)],
    education: [...new Set(p.education)],
    experience: [...new Set(p.experience)],
    training: [...new Set(p.training)],
    minWage: (p.min_wage as number | undefined) ?? null,
    maxWage: (p.max_wage as number | undefined) ?? null,
    minGrowth: (p.min_growth as number | undefined) ?? null,
    sort: sort ? { key: sort.replace(/^-/, '') as SortKey, descending: sort.startsWith('-') } : DEFAULT_SORT,
  };
}

/** A problem with one parameter, in words a person can act on. */
function describe(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') return `The finder has no parameter ${issue.keys.map((k) => `“${k.slice(0, 40)}”`).join(', ')}.`;
  const key = String(issue.path[0] ?? '');
  return `${key}: ${issue.message}.`.replace(/\.\.$/, '.');
}

/** Which top-level parameters an issue is about. */
function keysOfIssue(issue: z.core.$ZodIssue): string[] {
  return issue.code === 'unrecognized_keys' ? issue.keys : [String(issue.path[0] ?? '')];
}

export type StrictResult = { ok: true; params: FinderParams } | { ok: false; errors: string[] };

/** For the CSV: every parameter must be right, else the errors (the route answers 400). */
export function parseFinderParamsStrict(input: Record<string, unknown>): StrictResult {
  const parsed = finderParamsSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: parsed.error.issues.map(describe) };
  const params = toParams(parsed.data);
  const errors = rangeErrors(params);
  return errors.length ? { ok: false, errors } : { ok: true, params };
}

/** For the page: a bad parameter is left out of the view and named in a notice; never throws. */
export function parseFinderParams(input: Record<string, unknown>): { params: FinderParams; notices: string[] } {
  const notices: string[] = [];
  let remaining = { ...input };
  // Each pass drops the parameters the schema refused; two passes suffice (all are optional).
  for (let pass = 0; pass < 3; pass++) {
    const parsed = finderParamsSchema.safeParse(remaining);
    if (parsed.success) {
      const params = toParams(parsed.data);
      for (const error of rangeErrors(params)) notices.push(`${error} Both limits were left out.`);
      return { params: rangeErrors(params).length ? { ...params, minWage: null, maxWage: null } : params, notices };
    }
    const bad = new Set(parsed.error.issues.flatMap(keysOfIssue));
    for (const issue of parsed.error.issues) notices.push(`${describe(issue)} ${issue.code === 'unrecognized_keys' ? 'It was ignored.' : 'That filter was left out.'}`);
    remaining = Object.fromEntries(Object.entries(remaining).filter(([k]) => !bad.has(k)));
  }
  return { params: toParams(finderParamsSchema.parse({})), notices };
}

function rangeErrors(p: FinderParams): string[] {
  return p.minWage !== null && p.maxWage !== null && p.minWage > p.maxWage
    ? [`The minimum wage ($${p.minWage.toLocaleString('en-US')}) is above the maximum ($${p.maxWage.toLocaleString('en-US')}).`]
    : [];
}

/** The canonical query string of a view: defaults left out, lists comma-joined, in a fixed order. */
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
  const s = q.toString();
  return s ? `?${s}` : '';
}
