import { describe, expect, it } from 'vitest';
import { parseOnetTechnologySkills } from './onet-technology';
import { errorOf } from '@/tests/unit/parse-error';
import { onetText, rawOnetRows, shippedOnetCodes } from '@/tests/unit/onet-files';

const FILE = 'onet/test_technology_skills.txt';
const HEADER = 'O*NET-SOC Code\tTitle\tExample\tCommodity Code\tCommodity Title\tHot Technology\tIn Demand';
const TEXT = [
  HEADER,
  '29-2072.00\tMedical Records Specialists\tEpic Systems\t43231512\tMedical software\tY\tY',
  '29-2072.00\tMedical Records Specialists\t3M Coding and Reimbursement System\t43231512\tMedical software\tN\tN',
  '',
].join('\n');

describe('parseOnetTechnologySkills', () => {
  it('reads the example, its commodity and both flags', () => {
    expect(parseOnetTechnologySkills(TEXT, FILE).records).toEqual([
      { onetCode: '29-2072.00', socCode: '29-2072', example: 'Epic Systems', commodityCode: '43231512', commodityTitle: 'Medical software', hotTechnology: true, inDemand: true, source: { file: FILE, line: 2 } },
      { onetCode: '29-2072.00', socCode: '29-2072', example: '3M Coding and Reimbursement System', commodityCode: '43231512', commodityTitle: 'Medical software', hotTechnology: false, inDemand: false, source: { file: FILE, line: 3 } },
    ]);
  });

  it('fails on a flag of n/a, a bad commodity code, a missing column, a bad code and a truncated row', () => {
    expect(errorOf(() => parseOnetTechnologySkills(TEXT.replace('software\tY\tY', 'software\tY\tn/a'), FILE)).message).toBe(
      `${FILE}, line 2, column 7: expected an In Demand flag (Y or N), found "n/a"`,
    );
    expect(errorOf(() => parseOnetTechnologySkills(TEXT.replace('Systems\t43231512', 'Systems\t4323151'), FILE)).message).toBe(
      `${FILE}, line 2, column 4: expected an 8-digit UNSPSC commodity code, found "4323151"`,
    );
    expect(errorOf(() => parseOnetTechnologySkills(TEXT.replace('\tHot Technology', ''), FILE))).toMatchObject({ line: 1, column: null, expected: 'a column named "Hot Technology"' });
    expect(errorOf(() => parseOnetTechnologySkills(TEXT.replace('29-2072.00', '2072.00'), FILE))).toMatchObject({ line: 2, column: 1, found: '2072.00' });
    expect(errorOf(() => parseOnetTechnologySkills(`${HEADER}\n29-2072.00\tMedical Records Specialists\tEpic Systems\t43231512\tMedical software\tY`, FILE)).message).toBe(
      `${FILE}, line 2, column 7: expected 7 tab-separated cells, as in the header, found "no cell (the row has 6)"`,
    );
  });
});

describe('parseOnetTechnologySkills on data/onet/technology_skills.txt', () => {
  const name = 'onet/technology_skills.txt';
  const records = parseOnetTechnologySkills(onetText(name), name, shippedOnetCodes()).records;

  it('loads all 32,681 rows with their Hot Technology and In Demand flags', () => {
    const raw = rawOnetRows(name);
    expect(records).toHaveLength(raw.length);
    expect(records).toHaveLength(32681);
    expect(records.filter((r) => r.hotTechnology)).toHaveLength(raw.filter((c) => c[5] === 'Y').length);
    expect(records.filter((r) => r.inDemand)).toHaveLength(raw.filter((c) => c[6] === 'Y').length);
  });

  it('lists electronic health record software for 29-2072.00', () => {
    const ours = records.filter((r) => r.onetCode === '29-2072.00');
    expect(ours.length).toBe(rawOnetRows(name).filter((c) => c[0] === '29-2072.00').length);
    expect(ours.find((r) => r.example === 'eClinicalWorks EHR software')).toMatchObject({ commodityCode: '43232610', commodityTitle: 'Medical software', hotTechnology: true, inDemand: false });
  });
});
