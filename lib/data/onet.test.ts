import { describe, expect, it } from 'vitest';
import { assembleDataset } from './assemble';
import { readDataFiles } from './get-dataset';
import { getOnetJobZones, getOnetOccupations, getOnetRequiredEducation, getOnetTasks, getOnetTechnologySkills, getOnetTitles, ONET_CREDIT } from './onet';
import { rawOnetRows } from '@/tests/unit/onet-files';

// Only the O*NET files: the lookups need nothing else, and this keeps the test quick.
const dataset = assembleDataset(new Map([...readDataFiles()].filter(([file]) => file.startsWith('onet/'))));
const rawRowsOf = (file: string, onetCodes: string[]) => rawOnetRows(file).filter((cells) => onetCodes.includes(cells[0]!));

describe('O*NET lookups by 2018 SOC code', () => {
  it('29-2072 Medical Records Specialists: what they do, tasks, titles, Job Zone, no education shares', () => {
    const [occupation, ...detail] = getOnetOccupations(dataset, '29-2072');
    expect(detail).toEqual([]);
    expect(occupation).toMatchObject({ onetCode: '29-2072.00', socCode: '29-2072', title: 'Medical Records Specialists', source: { file: 'onet/occupation_data.txt' } });
    expect(occupation!.description.endsWith('Includes medical coders.')).toBe(true);

    const tasks = getOnetTasks(dataset, '29-2072');
    expect(tasks.map((t) => t.task)).toEqual(rawRowsOf('onet/task_statements.txt', ['29-2072.00']).map((cells) => cells[3]));
    expect(tasks).toHaveLength(17);

    const titles = getOnetTitles(dataset, '29-2072');
    expect(titles.alternate.map((t) => t.alternateTitle)).toEqual(expect.arrayContaining(['Medical Coder', 'Registered Health Information Technician (RHIT)']));
    expect(titles.alternate).toHaveLength(53);
    expect(titles.short.map((t) => t.shortTitle)).toEqual(expect.arrayContaining(['RHIT', 'CPC']));
    expect(titles.short.find((t) => t.shortTitle === 'RHIT')).toMatchObject({ onetCode: '29-2072.00', alternateTitle: 'Registered Health Information Technician (RHIT)' });
    expect(titles.reported).toHaveLength(8);
    expect(titles.reported.find((t) => t.reportedTitle === 'Health Information Technician (Health Information Tech)')?.shownInMyNextMove).toBe(true);

    expect(getOnetJobZones(dataset, '29-2072')).toEqual([{
      onetCode: '29-2072.00', jobZone: 3, reference: dataset.onet!.jobZoneReference[2], source: { file: 'onet/job_zones.txt', line: expect.any(Number) },
    }]);
    expect(getOnetJobZones(dataset, '29-2072')[0]?.reference.name).toBe('Job Zone Three: Medium Preparation Needed');
    expect(getOnetRequiredEducation(dataset, '29-2072')).toEqual([]);
    expect(getOnetTechnologySkills(dataset, '29-2072')).toHaveLength(111);
  });

  it('29-1141 Registered Nurses: the short title RN, and the shares of workers by required education', () => {
    expect(getOnetTitles(dataset, '29-1141').short.map((t) => t.shortTitle)).toContain('RN');
    expect(getOnetOccupations(dataset, '29-1141').map((o) => o.onetCode)).toEqual(['29-1141.00', '29-1141.01', '29-1141.02', '29-1141.03', '29-1141.04']);
    const [rn] = getOnetRequiredEducation(dataset, '29-1141');
    expect(rn?.onetCode).toBe('29-1141.00');
    expect(rn?.levels.map((l) => l.category)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(rn?.levels[5]).toMatchObject({ description: "Bachelor's Degree", percent: 55.92, recommendSuppress: true });
    expect(rn?.levels[4]).toMatchObject({ description: "Associate's Degree (or other 2-year degree)", percent: 19.39, recommendSuppress: false });
    const raw = rawRowsOf('onet/education_training_experience.txt', ['29-1141.00']).filter((cells) => cells[4] === 'RL');
    expect(rn?.levels.map((l) => l.percent)).toEqual(raw.map((cells) => Number(cells[7])));
  });

  it('rolls .01-style detail occupations up to their SOC code, each item keeping its own code', () => {
    const codes = getOnetOccupations(dataset, '15-1211').map((o) => [o.onetCode, o.title]);
    expect(codes).toEqual([['15-1211.00', 'Computer Systems Analysts'], ['15-1211.01', 'Health Informatics Specialists']]);
    const titles = getOnetTitles(dataset, '15-1211').alternate;
    expect(new Set(titles.map((t) => t.onetCode))).toEqual(new Set(['15-1211.00', '15-1211.01']));
    expect(titles).toHaveLength(rawRowsOf('onet/alternate_titles.txt', ['15-1211.00', '15-1211.01']).length);
    expect(titles.findIndex((t) => t.onetCode === '15-1211.01')).toBe(titles.filter((t) => t.onetCode === '15-1211.00').length);
    const skills = getOnetTechnologySkills(dataset, '15-1211');
    expect(skills).toHaveLength(rawRowsOf('onet/technology_skills.txt', ['15-1211.00', '15-1211.01']).length);
  });

  it('answers [] for a code O*NET does not have (SOC 2010 29-2071), and keeps one answer per dataset', () => {
    expect(getOnetOccupations(dataset, '29-2071')).toEqual([]);
    expect(getOnetTasks(dataset, '29-2071')).toEqual([]);
    expect(getOnetTitles(dataset, '29-2071')).toEqual({ alternate: [], reported: [], short: [] });
    expect(getOnetJobZones(dataset, '29-2071')).toEqual([]);
    expect(getOnetTechnologySkills(dataset, '29-2071')).toEqual([]);
    expect(getOnetTasks(dataset, '29-2072')).toBe(getOnetTasks(dataset, '29-2072'));
    expect(getOnetTitles(dataset, '29-2072')).toBe(getOnetTitles(dataset, '29-2072'));
  });

  it('gives every occupation with an RL row all twelve levels, and counts 858 such occupations', () => {
    const socCodes = new Set(dataset.onet!.occupations.map((o) => o.socCode));
    const all = [...socCodes].flatMap((soc) => getOnetRequiredEducation(dataset, soc));
    expect(all).toHaveLength(858);
    expect(all.every((e) => e.levels.length === 12)).toBe(true);
  });

  it('states the credit line O*NET asks for', () => {
    expect(ONET_CREDIT).toBe('O*NET 29.3 Database, U.S. Department of Labor, Employment and Training Administration (USDOL/ETA), used under the CC BY 4.0 license');
  });
});

describe('an O*NET-less dataset', () => {
  it('has no O*NET part and answers [] everywhere', () => {
    const bare = assembleDataset(new Map());
    expect(bare.onet).toBeNull();
    expect(getOnetOccupations(bare, '29-2072')).toEqual([]);
    expect(getOnetRequiredEducation(bare, '29-2072')).toEqual([]);
  });
});
