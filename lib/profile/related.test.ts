import { describe, expect, it } from 'vitest';
import { assembleDataset } from '../data/assemble';
import { getDataset } from '../data/get-dataset';
import { getRelatedOccupations, type RelatedItem } from './related';

const OEWS_HEADER = 'OCC_CODE,OCC_TITLE,GROUP,TOT_EMP,EMP_PRSE,H_MEAN,A_MEAN,MEAN_PRSE,H_PCT10,H_PCT25,H_MEDIAN,H_PCT75,H_PCT90,A_PCT10,A_PCT25,A_MEDIAN,A_PCT75,A_PCT90';
const row = (code: string, title: string) => `${code},${title},detailed,1000,1.0,20,41600,1.0,10,15,20,25,30,20800,31200,41600,52000,62400`;
const onet = (code: string, related: string, tier: string, rank: number) => `${code}.00\tOccupation ${code}\t${related}.00\tOccupation ${related}\t${tier}\t${rank}`;

/** A 2010 SOC release, a 2010->2018 crosswalk where 29-2071 splits and 29-1141 stays, and a few O*NET rows. */
const SMALL = assembleDataset(
  new Map([
    ['oews/national_M2018_dl.csv', [OEWS_HEADER, row('29-2071', 'Medical records technicians'), row('29-1141', 'Registered nurses'), row('31-9092', 'Medical assistants'), row('29-2099', '"Health technicians, all other"'), row('29-2011', 'Lab technologists'), row('29-2012', 'Lab technicians')].join('\n')],
    ['oews/national_M2021_dl.csv', [OEWS_HEADER, row('29-2072', 'Medical records specialists'), row('29-9021', 'Health information technologists'), row('29-1141', 'Registered nurses'), row('31-9092', 'Medical assistants')].join('\n')],
    ['soc/soc_2010_to_2018_crosswalk.csv', [
      '2010 SOC Code,2010 SOC Title,2018 SOC Code,2018 SOC Title',
      '29-2071,Medical Records Technicians,29-2072,Medical Records Specialists',
      '29-2071,Medical Records Technicians,29-9021,Health Information Technologists',
      '29-1141,Registered Nurses,29-1141,Registered Nurses',
      '31-9092,Medical Assistants,31-9092,Medical Assistants',
      '29-2099,"Health Technicians, All Other",29-2099,"Health Technicians, All Other"',
      '29-2011,Lab Technologists,29-2011,Lab Technologists',
      '29-2012,Lab Technicians,29-2012,Lab Technicians',
    ].join('\n')],
    ['onet/related_occupations.txt', [
      'O*NET-SOC Code\tTitle\tRelated O*NET-SOC Code\tRelated Title\tRelatedness Tier\tIndex',
      onet('29-2072', '29-1141', 'Supplemental', 18),
      onet('29-2072', '31-9092', 'Primary-Short', 3),
      onet('29-2072', '29-9021', 'Primary-Short', 2),
      onet('29-9021', '29-1141', 'Supplemental', 12),
      onet('29-9021', '15-1211', 'Primary-Long', 8),
    ].join('\n')],
  ]),
);

const codes = (items: RelatedItem[]) => items.map((i) => i.socCode);

describe('getRelatedOccupations (inline tables)', () => {
  it('follows an old code to the codes it became and orders O*NET relations by tier, then rank', () => {
    const r = getRelatedOccupations(SMALL, '29-2071');
    expect(r.onetCodes.map((c) => c.socCode)).toEqual(['29-2072', '29-9021']);
    // 29-9021 is 29-2071's own successor, so it is lineage, not a relation; 15-1211 is in no table here.
    expect(codes(r.items)).toEqual(['31-9092', '29-1141']);
    expect(r.notInData).toBe(1);
    expect(r.ownLineage).toEqual(['29-2072', '29-9021']);
  });

  it('keeps each relation’s best tier and rank and names every O*NET occupation it comes from', () => {
    const nurses = getRelatedOccupations(SMALL, '29-2071').items.find((i) => i.socCode === '29-1141')!;
    expect(nurses.source).toEqual({
      kind: 'onet',
      via: [
        { socCode: '29-9021', title: 'Occupation 29-9021', tier: 'Supplemental', rank: 12 },
        { socCode: '29-2072', title: 'Occupation 29-2072', tier: 'Supplemental', rank: 18 },
      ],
    });
  });

  it('falls back to the same SOC broad group, then the minor group, where O*NET has nothing', () => {
    expect(getRelatedOccupations(SMALL, '29-2011').items.map((i) => [i.socCode, i.source])).toEqual([['29-2012', { kind: 'broad-group', group: '29-2010' }]]);
    const minor = getRelatedOccupations(SMALL, '29-2099').items;
    expect(minor.map((i) => i.socCode)).toEqual(['29-2011', '29-2012', '29-2071']);
    expect(minor.every((i) => i.source.kind === 'minor-group' && i.source.group === '29-2000')).toBe(true);
  });
});

describe('getRelatedOccupations (shipped data)', () => {
  const dataset = getDataset();

  it('29-2071 reaches O*NET through 29-2072 and 29-9021 and lists the five careers of the story', () => {
    const r = getRelatedOccupations(dataset, '29-2071');
    expect(r.onetCodes.map((c) => c.socCode)).toEqual(['29-2072', '29-9021']);
    const list = codes(r.items);
    for (const code of ['31-9094', '31-9092', '43-6013', '11-9111', '29-1141']) expect(list).toContain(code);
    // Registered nurses are 29-1141 in O*NET (2018 SOC) and 29-1111 in the 2000 SOC releases: both are given.
    const nurses = r.items.find((i) => i.socCode === '29-1141')!;
    expect(nurses.otherCodes).toContainEqual({ socCode: '29-1111', classification: 'soc2000' });
    // O*NET's order: medical transcriptionists are 29-2072's first Primary-Short relation.
    expect(list[0]).toBe('31-9094');
    expect(list).not.toContain('29-9021');
    expect(list).not.toContain('29-2071');
  });

  it('orders items by their best O*NET tier: no Primary item after a Supplemental one', () => {
    const r = getRelatedOccupations(dataset, '29-2071');
    const order = ['Primary-Short', 'Primary-Long', 'Supplemental'];
    const tiers = r.items.map((i) => (i.source.kind === 'onet' ? i.source.via[0]!.tier : 'none'));
    // 29-2071 has relations in every tier, so the order check below cannot pass on a missing one.
    for (const tier of order) expect(tiers, tier).toContain(tier);
    expect(tiers).toEqual([...tiers].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
  });

  it('a 2018 SOC code uses its own O*NET list', () => {
    const r = getRelatedOccupations(dataset, '29-2072');
    expect(r.onetCodes.map((c) => c.socCode)).toEqual(['29-2072']);
    const first = r.items[0]!;
    expect(first.socCode).toBe('31-9094');
    expect(first.source).toMatchObject({ kind: 'onet', via: [{ socCode: '29-2072', tier: 'Primary-Short', rank: 1 }] });
  });
});
