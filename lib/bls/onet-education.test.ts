import { describe, expect, it } from 'vitest';
import { parseEducationCategories, parseOnetEducation, type KnownEducationCategories } from './onet-education';
import { errorOf } from '@/tests/unit/parse-error';
import { onetText, rawOnetRows, shippedOnetCodes } from '@/tests/unit/onet-files';

const FILE = 'onet/test_ete.txt';
const CATEGORIES_FILE = 'onet/test_ete_categories.txt';
const HEADER = 'O*NET-SOC Code\tTitle\tElement ID\tElement Name\tScale ID\tScale Name\tCategory\tData Value\tN\tStandard Error\tLower CI Bound\tUpper CI Bound\tRecommend Suppress\tDate\tDomain Source';
const RL = '2.D.1\tRequired Level of Education\tRL\tRequired Level Of Education (Categories 1-12)';
const TEXT = [
  HEADER,
  `29-1141.00\tRegistered Nurses\t${RL}\t5\t19.39\t28\t10.6458\t5.6103\t49.3151\tN\t08/2021\tIncumbent`,
  `29-1141.00\tRegistered Nurses\t${RL}\t6\t55.92\t28\t18.2975\t21.6698\t85.3362\tY\t08/2021\tIncumbent`,
  '11-1011.03\tChief Sustainability Officers\t2.D.4.a\tJob-Related Professional Certification\tIM\tImportance\tn/a\t2.70\t27\tn/a\tn/a\tn/a\tn/a\t08/2021\tOccupational Expert',
  '',
].join('\n');
const CATEGORIES_TEXT = [
  'Element ID\tElement Name\tScale ID\tScale Name\tCategory\tCategory Description',
  `${RL}\t5\tAssociate's Degree (or other 2-year degree)`,
  `${RL}\t6\tBachelor's Degree`,
  '',
].join('\n');

describe('parseEducationCategories', () => {
  it('reads what each category of each scale means', () => {
    expect(parseEducationCategories(CATEGORIES_TEXT, CATEGORIES_FILE).records[1]).toEqual({
      elementId: '2.D.1', elementName: 'Required Level of Education', scaleId: 'RL', scaleName: 'Required Level Of Education (Categories 1-12)',
      category: 6, description: "Bachelor's Degree", source: { file: CATEGORIES_FILE, line: 3 },
    });
  });

  it('fails on a category that is not a whole number and on a missing column', () => {
    expect(errorOf(() => parseEducationCategories(CATEGORIES_TEXT.replace('\t6\t', '\tn/a\t'), CATEGORIES_FILE)).message).toBe(
      `${CATEGORIES_FILE}, line 3, column 5: expected a whole-number category, found "n/a"`,
    );
    expect(errorOf(() => parseEducationCategories(CATEGORIES_TEXT.replace('\tCategory Description', ''), CATEGORIES_FILE))).toMatchObject({ line: 1, expected: 'a column named "Category Description"' });
  });
});

describe('parseOnetEducation', () => {
  const categories: KnownEducationCategories = { file: CATEGORIES_FILE, categories: parseEducationCategories(CATEGORIES_TEXT, CATEGORIES_FILE).records };

  it('reads each share with its scale and category; n/a cells are null', () => {
    const records = parseOnetEducation(TEXT, FILE, undefined, categories).records;
    expect(records[1]).toEqual({
      onetCode: '29-1141.00', socCode: '29-1141', elementId: '2.D.1', elementName: 'Required Level of Education', scaleId: 'RL',
      category: 6, dataValue: 55.92, respondents: 28, recommendSuppress: true, source: { file: FILE, line: 3 },
    });
    expect(records[2]).toMatchObject({ scaleId: 'IM', category: null, dataValue: 2.7, respondents: 27, recommendSuppress: null });
  });

  it('fails on a category the categories file does not list, or one given for a scale without categories', () => {
    expect(errorOf(() => parseOnetEducation(TEXT.replace('\t5\t19.39', '\t13\t19.39'), FILE, undefined, categories)).message).toBe(
      `${FILE}, line 2, column 7: expected a category of scale RL listed in ${CATEGORIES_FILE}, found "13"`,
    );
    expect(errorOf(() => parseOnetEducation(TEXT.replace('\t5\t19.39', '\tn/a\t19.39'), FILE, undefined, categories))).toMatchObject({ line: 2, column: 7, found: 'n/a' });
    expect(errorOf(() => parseOnetEducation(TEXT.replace('Importance\tn/a', 'Importance\t1'), FILE, undefined, categories)).message).toBe(
      `${FILE}, line 4, column 7: expected n/a (scale IM has no categories in ${CATEGORIES_FILE}), found "1"`,
    );
  });

  it('fails on a bad value or flag, a missing column, a bad code and a truncated row', () => {
    expect(errorOf(() => parseOnetEducation(TEXT.replace('19.39', 'n/a'), FILE)).message).toBe(`${FILE}, line 2, column 8: expected a Data Value, found "n/a"`);
    expect(errorOf(() => parseOnetEducation(TEXT.replace('49.3151\tN', '49.3151\tNo'), FILE)).message).toBe(
      `${FILE}, line 2, column 13: expected a Recommend Suppress flag (Y, N or n/a), found "No"`,
    );
    expect(errorOf(() => parseOnetEducation(TEXT.replace('\tRecommend Suppress', ''), FILE))).toMatchObject({ line: 1, expected: 'a column named "Recommend Suppress"' });
    expect(errorOf(() => parseOnetEducation(TEXT.replace('11-1011.03', '11-1011'), FILE))).toMatchObject({ line: 4, column: 1, found: '11-1011' });
    expect(errorOf(() => parseOnetEducation(`${HEADER}\n29-1141.00\tRegistered Nurses\t${RL}\t5\t19.39`, FILE)).message).toBe(
      `${FILE}, line 2, column 9: expected 15 tab-separated cells, as in the header, found "no cell (the row has 8)"`,
    );
  });
});

describe('parseOnetEducation on data/onet/', () => {
  const name = 'onet/education_training_experience.txt';
  const categoriesName = 'onet/education_training_experience_categories.txt';
  const categories = parseEducationCategories(onetText(categoriesName), categoriesName).records;
  const records = parseOnetEducation(onetText(name), name, shippedOnetCodes(), { file: categoriesName, categories }).records;

  it('loads all 36,209 values and 41 categories; 858 occupations have required-education shares, 29-2072.00 none', () => {
    expect(records).toHaveLength(rawOnetRows(name).length);
    expect(records).toHaveLength(36209);
    expect(categories).toHaveLength(rawOnetRows(categoriesName).length);
    expect(categories).toHaveLength(41);
    expect(new Set(records.filter((r) => r.scaleId === 'RL').map((r) => r.onetCode)).size).toBe(858);
    expect(records.filter((r) => r.onetCode === '29-2072.00')).toEqual([]);
  });

  it('has the shares for 29-1141.00 Registered Nurses as published, adding to 100%', () => {
    const rn = records.filter((r) => r.onetCode === '29-1141.00' && r.scaleId === 'RL');
    const raw = rawOnetRows(name).filter((c) => c[0] === '29-1141.00' && c[4] === 'RL');
    expect(rn.map((r) => [r.category, r.dataValue])).toEqual(raw.map((c) => [Number(c[6]), Number(c[7])]));
    expect(rn.find((r) => r.category === 6)).toMatchObject({ dataValue: 55.92, recommendSuppress: true });
    expect(Math.round(rn.reduce((sum, r) => sum + r.dataValue, 0))).toBe(100);
  });
});
