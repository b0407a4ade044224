import { parseOnetTable, type KnownOnetCodes, type OnetColumns } from './onet-table';
import type { ParseResult, SourceRef } from './types';

/** O*NET's scale of required education: the share of workers who say each level is required. */
export const REQUIRED_EDUCATION_SCALE = 'RL';

/**
 * One value of `education_training_experience.txt`. For a scale with categories (RL required
 * education, RW related work experience, PT on-site training, OJ on-the-job training) it is the
 * percent of workers in one category; for the IM scale, an importance rating with no category.
 */
export interface OnetEducationValue {
  onetCode: string;
  socCode: string;
  /** O*NET's element, e.g. 2.D.1 "Required Level of Education". */
  elementId: string;
  elementName: string;
  /** RL, RW, PT, OJ or IM. */
  scaleId: string;
  /** Null for a scale without categories (O*NET writes `n/a`). */
  category: number | null;
  /** Percent of workers in the category (or the IM rating). */
  dataValue: number;
  /** Workers who answered (O*NET's N), null for `n/a`. */
  respondents: number | null;
  /** O*NET advises not to show the value (low precision); null for `n/a` (analyst or expert data). */
  recommendSuppress: boolean | null;
  source: SourceRef;
}

/** What a category of a scale means (`education_training_experience_categories.txt`). */
export interface EducationCategory {
  elementId: string;
  elementName: string;
  scaleId: string;
  scaleName: string;
  category: number;
  /** "Associate's Degree (or other 2-year degree)". */
  description: string;
  source: SourceRef;
}

/** The categories file, to check each value's category against. */
export interface KnownEducationCategories {
  file: string;
  categories: readonly EducationCategory[];
}

// Standard Error, the CI bounds, Date and Domain Source are checked for presence only: nothing shows them yet.
const VALUES = {
  onetCode: 'O*NET-SOC Code',
  title: 'Title',
  elementId: 'Element ID',
  elementName: 'Element Name',
  scaleId: 'Scale ID',
  scaleName: 'Scale Name',
  category: 'Category',
  dataValue: 'Data Value',
  respondents: 'N',
  standardError: 'Standard Error',
  lowerCiBound: 'Lower CI Bound',
  upperCiBound: 'Upper CI Bound',
  recommendSuppress: 'Recommend Suppress',
  date: 'Date',
  domainSource: 'Domain Source',
} as const satisfies OnetColumns<string>;

const CATEGORIES = {
  elementId: 'Element ID',
  elementName: 'Element Name',
  scaleId: 'Scale ID',
  scaleName: 'Scale Name',
  category: 'Category',
  description: 'Category Description',
} as const satisfies OnetColumns<string>;

/**
 * Reads O*NET's `education_training_experience.txt`. With `known`, every code must be an
 * occupation of `occupation_data.txt`; with `categories`, a scale listed there must give a listed
 * category and any other scale must give `n/a`.
 */
export function parseOnetEducation(text: string, file: string, known?: KnownOnetCodes, categories?: KnownEducationCategories): ParseResult<OnetEducationValue> {
  const listed = new Map<string, Set<number>>();
  for (const c of categories?.categories ?? []) listed.set(c.scaleId, (listed.get(c.scaleId) ?? new Set()).add(c.category));
  return parseOnetTable(text, file, VALUES, (row) => {
    const code = row.code('onetCode');
    const scaleId = row.repeatedText('scaleId', 'a Scale ID');
    const category = row.optionalWhole('category', 'a whole-number category', 1);
    if (categories) {
      const scale = listed.get(scaleId);
      if (scale && (category === null || !scale.has(category))) throw row.error('category', `a category of scale ${scaleId} listed in ${categories.file}`);
      if (!scale && category !== null) throw row.error('category', `n/a (scale ${scaleId} has no categories in ${categories.file})`);
    }
    return {
      onetCode: code.onetCode,
      socCode: code.socCode,
      elementId: row.repeatedText('elementId', 'an Element ID'),
      elementName: row.repeatedText('elementName', 'an Element Name'),
      scaleId,
      category,
      dataValue: row.decimal('dataValue', 'a Data Value'),
      respondents: row.optionalWhole('respondents', 'a whole-number N'),
      recommendSuppress: row.optionalFlag('recommendSuppress', 'a Recommend Suppress flag'),
      source: row.source,
    };
  }, known);
}

/** Reads O*NET's `education_training_experience_categories.txt`. */
export function parseEducationCategories(text: string, file: string): ParseResult<EducationCategory> {
  return parseOnetTable(text, file, CATEGORIES, (row) => ({
    elementId: row.text('elementId', 'an Element ID'),
    elementName: row.text('elementName', 'an Element Name'),
    scaleId: row.text('scaleId', 'a Scale ID'),
    scaleName: row.text('scaleName', 'a Scale Name'),
    category: row.whole('category', 'a whole-number category', 1),
    description: row.text('description', 'a category description'),
    source: row.source,
  }));
}
