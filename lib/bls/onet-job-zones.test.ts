import { describe, expect, it } from 'vitest';
import { parseJobZoneReference, parseOnetJobZones } from './onet-job-zones';
import { errorOf } from '@/tests/unit/parse-error';
import { onetText, rawOnetRows, shippedOnetCodes } from '@/tests/unit/onet-files';

const FILE = 'onet/test_job_zones.txt';
const HEADER = 'O*NET-SOC Code\tTitle\tJob Zone\tDate\tDomain Source';
const ZONES = [HEADER, '29-1141.00\tRegistered Nurses\t3\t08/2023\tAnalyst', '29-2072.00\tMedical Records Specialists\t3\t08/2023\tAnalyst', ''].join('\n');
const REF_HEADER = 'Job Zone\tName\tExperience\tEducation\tJob Training\tExamples\tSVP Range';
const reference = (zones: number[]) => [REF_HEADER, ...zones.map((z) => `${z}\tJob Zone ${z}\tSome experience.\tSome education.\tSome training.\tExamples include ${z}.\t(${z}.0)`)].join('\n');

describe('parseOnetJobZones', () => {
  it('reads one Job Zone per occupation', () => {
    expect(parseOnetJobZones(ZONES, FILE).records).toEqual([
      { onetCode: '29-1141.00', socCode: '29-1141', jobZone: 3, source: { file: FILE, line: 2 } },
      { onetCode: '29-2072.00', socCode: '29-2072', jobZone: 3, source: { file: FILE, line: 3 } },
    ]);
  });

  it('fails on a zone outside 1-5 or n/a, a repeated code, a missing column, a bad code and a truncated row', () => {
    for (const bad of ['6', '0', 'n/a', '3.5']) {
      expect(errorOf(() => parseOnetJobZones(ZONES.replace('Nurses\t3', `Nurses\t${bad}`), FILE)).message).toBe(`${FILE}, line 2, column 3: expected a Job Zone from 1 to 5, found "${bad}"`);
    }
    expect(errorOf(() => parseOnetJobZones(ZONES.replace('29-2072.00', '29-1141.00'), FILE)).message).toBe(`${FILE}, line 3, column 1: expected an O*NET-SOC code not listed above, found "29-1141.00"`);
    expect(errorOf(() => parseOnetJobZones(ZONES.replace('\tDate', ''), FILE))).toMatchObject({ line: 1, column: null, expected: 'a column named "Date"' });
    expect(errorOf(() => parseOnetJobZones(ZONES.replace('29-2072.00', '29-2072.00x'), FILE))).toMatchObject({ line: 3, column: 1, found: '29-2072.00x' });
    expect(errorOf(() => parseOnetJobZones(`${HEADER}\n29-1141.00\tRegistered Nurses\t3`, FILE)).message).toBe(
      `${FILE}, line 2, column 4: expected 5 tab-separated cells, as in the header, found "no cell (the row has 3)"`,
    );
  });
});

describe('parseJobZoneReference', () => {
  it('reads the five Job Zones in order', () => {
    const result = parseJobZoneReference(reference([1, 2, 3, 4, 5]), FILE);
    expect(result.records.map((r) => r.jobZone)).toEqual([1, 2, 3, 4, 5]);
    expect(result.records[2]).toEqual({
      jobZone: 3, name: 'Job Zone 3', experience: 'Some experience.', education: 'Some education.', jobTraining: 'Some training.',
      examples: 'Examples include 3.', svpRange: '(3.0)', source: { file: FILE, line: 4 },
    });
  });

  it('fails on a missing or repeated zone, on n/a text and on a missing column', () => {
    expect(errorOf(() => parseJobZoneReference(reference([1, 2, 4, 5]), FILE)).message).toBe(`${FILE}, line 5: expected one row for each Job Zone, 1 to 5 in order, found "Job Zones 1, 2, 4, 5"`);
    expect(errorOf(() => parseJobZoneReference(reference([1, 2, 3, 3, 4, 5]), FILE))).toMatchObject({ line: 7, found: 'Job Zones 1, 2, 3, 3, 4, 5' });
    expect(errorOf(() => parseJobZoneReference(reference([1, 2, 3, 4, 5]).replace('Some training.', 'n/a'), FILE)).message).toBe(
      `${FILE}, line 2, column 5: expected the job training a Job Zone needs, found "n/a"`,
    );
    expect(errorOf(() => parseJobZoneReference(reference([1]).replace('\tSVP Range', ''), FILE))).toMatchObject({ line: 1, expected: 'a column named "SVP Range"' });
  });
});

describe('Job Zones on data/onet/', () => {
  const zones = parseOnetJobZones(onetText('onet/job_zones.txt'), 'onet/job_zones.txt', shippedOnetCodes()).records;
  const ref = parseJobZoneReference(onetText('onet/job_zone_reference.txt'), 'onet/job_zone_reference.txt').records;

  it('rates 923 occupations, as many as the file has lines', () => {
    expect(zones).toHaveLength(rawOnetRows('onet/job_zones.txt').length);
    expect(zones).toHaveLength(923);
    expect(zones.find((z) => z.onetCode === '29-2072.00')?.jobZone).toBe(Number(rawOnetRows('onet/job_zones.txt').find((c) => c[0] === '29-2072.00')![2]));
  });

  it('names each zone in O*NET words', () => {
    expect(ref.map((r) => r.name)).toEqual([
      'Job Zone One: Little or No Preparation Needed', 'Job Zone Two: Some Preparation Needed', 'Job Zone Three: Medium Preparation Needed',
      'Job Zone Four: Considerable Preparation Needed', 'Job Zone Five: Extensive Preparation Needed',
    ]);
    expect(ref[4]?.svpRange).toBe('(8.0 and above)');
  });
});
