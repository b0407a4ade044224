import { describe, expect, it } from 'vitest';
import { getDataset } from '@/lib/data/get-dataset';
import { rawOnetRows } from '@/tests/unit/onet-files';
import { getMatcher, searchCodes } from './matcher';

/**
 * Everyday queries and the occupation each must find first. Each names the O*NET title the
 * query comes from (occupation_data.txt, alternate_titles.txt or sample_of_reported_titles.txt),
 * checked below against the raw files, so a query is one people are known to use.
 * `code` is the BLS code the result must have: the O*NET code's SOC code, or the code OEWS
 * and EP publish it under (29-2011 inside 29-2010, 31-1121 inside 31-1120).
 */
const EVERYDAY: { query: string; code: string; onet: string; title: string }[] = [
  { query: 'medical coder', code: '29-2072', onet: '29-2072.00', title: 'Medical Coder' },
  { query: 'coding', code: '29-2072', onet: '29-2072.00', title: 'Coding Specialist' },
  { query: 'medical billing', code: '29-2072', onet: '29-2072.00', title: 'Medical Billing Specialist' },
  { query: 'medical records', code: '29-2072', onet: '29-2072.00', title: 'Medical Records Specialist' },
  { query: 'RN', code: '29-1141', onet: '29-1141.00', title: 'Registered Nurse (RN)' },
  { query: 'CNA', code: '31-1131', onet: '31-1131.00', title: 'Certified Nurse Aide (CNA)' },
  { query: 'EMT', code: '29-2042', onet: '29-2042.00', title: 'Emergency Medical Technician (EMT)' },
  { query: 'LPN', code: '29-2061', onet: '29-2061.00', title: 'Licensed Practical Nurse (LPN)' },
  { query: 'LVN', code: '29-2061', onet: '29-2061.00', title: 'Licensed Vocational Nurse (LVN)' },
  { query: 'RHIT', code: '29-2072', onet: '29-2072.00', title: 'Registered Health Information Technician (RHIT)' },
  { query: 'CPC', code: '29-2072', onet: '29-2072.00', title: 'Certified Professional Coder (CPC)' },
  { query: 'CHHA', code: '31-1120', onet: '31-1121.00', title: 'Certified Home Health Aide (CHHA)' },
  { query: 'phlebotomy', code: '31-9097', onet: '31-9097.00', title: 'Phlebotomy Technician' },
  { query: 'x-ray tech', code: '29-2034', onet: '29-2034.00', title: 'X-Ray Technologist (X-Ray Tech)' },
  { query: 'radiology tech', code: '29-2034', onet: '29-2034.00', title: 'Radiology Technician (Radiology Tech)' },
  { query: 'nurse', code: '29-1141', onet: '29-1141.00', title: 'Registered Nurses' },
  { query: 'nurses', code: '29-1141', onet: '29-1141.00', title: 'Registered Nurses' },
  { query: 'nursing assistant', code: '31-1131', onet: '31-1131.00', title: 'Nursing Assistant' },
  { query: 'home health aide', code: '31-1120', onet: '31-1121.00', title: 'Home Health Aide (HHA)' },
  { query: 'medical lab tech', code: '29-2010', onet: '29-2011.00', title: 'Medical Laboratory Technologist (Medical Lab Tech)' },
  { query: 'dental hygienist', code: '29-1292', onet: '29-1292.00', title: 'Dental Hygienist' },
  { query: 'dental assistant', code: '31-9091', onet: '31-9091.00', title: 'Dental Assistants' },
  { query: 'pharmacy tech', code: '29-2052', onet: '29-2052.00', title: 'Pharmacy Technicians' },
  { query: 'pharmacist', code: '29-1051', onet: '29-1051.00', title: 'Pharmacist' },
  { query: 'pharmasist', code: '29-1051', onet: '29-1051.00', title: 'Pharmacist' },
  { query: 'physical therapist', code: '29-1123', onet: '29-1123.00', title: 'Physical Therapists' },
  { query: 'occupational therapist', code: '29-1122', onet: '29-1122.00', title: 'Occupational Therapist (OT)' },
  { query: 'respiratory therapist', code: '29-1126', onet: '29-1126.00', title: 'Respiratory Therapists' },
  { query: 'speech language pathologist', code: '29-1127', onet: '29-1127.00', title: 'Speech Language Pathologist' },
  { query: 'massage therapist', code: '31-9011', onet: '31-9011.00', title: 'Massage Therapist' },
  { query: 'medical assistant', code: '31-9092', onet: '31-9092.00', title: 'Medical Assistants' },
  { query: 'nurse practitioner', code: '29-1171', onet: '29-1171.00', title: 'Nurse Practitioners' },
  { query: 'paramedic', code: '29-2043', onet: '29-2043.00', title: 'Paramedic' },
  { query: 'vet tech', code: '29-2056', onet: '29-2056.00', title: 'Veterinary Technician (Vet Tech)' },
  { query: 'sonographer', code: '29-2032', onet: '29-2032.00', title: 'Sonographer' },
  { query: 'ultrasound tech', code: '29-2032', onet: '29-2032.00', title: 'Ultrasound Technologist (Ultrasound Tech)' },
  { query: 'surgical tech', code: '29-2055', onet: '29-2055.00', title: 'Surgical Technologists' },
  { query: 'dentist', code: '29-1021', onet: '29-1021.00', title: 'Dentist' },
  { query: 'software developer', code: '15-1252', onet: '15-1252.00', title: 'Software Developer' },
  { query: 'web developer', code: '15-1254', onet: '15-1254.00', title: 'Web Developer' },
  { query: 'data scientist', code: '15-2051', onet: '15-2051.00', title: 'Data Scientist' },
  { query: 'lawyer', code: '23-1011', onet: '23-1011.00', title: 'Lawyer' },
  { query: 'accountant', code: '13-2011', onet: '13-2011.00', title: 'Accountant' },
  { query: 'electrician', code: '47-2111', onet: '47-2111.00', title: 'Electrician' },
  { query: 'plumber', code: '47-2152', onet: '47-2152.00', title: 'Plumber' },
  { query: 'welder', code: '51-4121', onet: '51-4121.00', title: 'Welder' },
  { query: 'auto mechanic', code: '49-3023', onet: '49-3023.00', title: 'Automotive Mechanic (Auto Mechanic)' },
  { query: 'cashier', code: '41-2011', onet: '41-2011.00', title: 'Cashier' },
  { query: 'chef', code: '35-1011', onet: '35-1011.00', title: 'Chef' },
  { query: 'janitor', code: '37-2011', onet: '37-2011.00', title: 'Janitor' },
  { query: 'police officer', code: '33-3051', onet: '33-3051.00', title: 'Police Officer' },
  { query: 'firefighter', code: '33-2011', onet: '33-2011.00', title: 'Firefighter' },
  { query: 'hairdresser', code: '39-5012', onet: '39-5012.00', title: 'Hairdresser' },
  { query: 'barber', code: '39-5011', onet: '39-5011.00', title: 'Barber' },
  { query: 'waiter', code: '35-3031', onet: '35-3031.00', title: 'Waiter' },
  { query: 'bartender', code: '35-3011', onet: '35-3011.00', title: 'Bartender' },
  { query: 'flight attendant', code: '53-2031', onet: '53-2031.00', title: 'Flight Attendant' },
  { query: 'semi truck driver', code: '53-3032', onet: '53-3032.00', title: 'Semi Truck Driver' },
  { query: 'optician', code: '29-2081', onet: '29-2081.00', title: 'Optician' },
];

/** Every title the shipped O*NET files give an O*NET code, read without the app's readers. */
const RAW_TITLES = (() => {
  const byCode = new Map<string, Set<string>>();
  for (const [file, column] of [['onet/occupation_data.txt', 1], ['onet/alternate_titles.txt', 2], ['onet/sample_of_reported_titles.txt', 2]] as const) {
    for (const cells of rawOnetRows(file)) {
      const title = cells[column];
      if (!title) continue;
      const titles = byCode.get(cells[0]!) ?? new Set<string>();
      byCode.set(cells[0]!, titles.add(title));
    }
  }
  return byCode;
})();
const onetTitlesOf = (onetCode: string): Set<string> => RAW_TITLES.get(onetCode) ?? new Set();

const matcher = getMatcher(getDataset());
const first = (query: string) => searchCodes(matcher, query, 5).hits[0];

describe('everyday queries find the occupation people mean first', () => {
  it('has at least 40 queries, each from a title O*NET lists for its code', () => {
    expect(EVERYDAY.length).toBeGreaterThanOrEqual(40);
    for (const { onet, title, code } of EVERYDAY) {
      expect(onetTitlesOf(onet), `${title} is an O*NET title of ${onet}`).toContain(title);
      expect(onet.startsWith(code) || code.endsWith('0'), `${code} is ${onet}'s SOC code or the code that holds it`).toBe(true);
    }
  });

  it.each(EVERYDAY)('"$query" finds $code first', ({ query, code }) => {
    const hit = first(query);
    expect(hit?.status.socCode).toBe(code);
    expect(hit?.status.current).toBe(true);
  });
});

describe('what a result says', () => {
  it('says why it matched: "medical coder" through the alternate title Medical Coder', () => {
    expect(first('medical coder')?.reason).toMatchObject({ kind: 'alternate' });
    expect(first('Medical Coder')?.reason.text).toMatch(/Medical Cod/);
  });

  it('marks a retired code and names its successors from the 2010-2018 crosswalk', () => {
    const hits = searchCodes(matcher, 'medical records', 50).hits;
    const retired = hits.find((h) => h.status.socCode === '29-2071');
    expect(retired?.status).toMatchObject({ current: false, lastPublished: 'May 2018 and EP 2018-28' });
    expect(retired?.status.successors.map((s) => s.socCode)).toEqual(['29-2072', '29-9021']);
    // Current detailed occupations come before it.
    expect(hits.findIndex((h) => h.status.socCode === '29-2072')).toBeLessThan(hits.indexOf(retired!));
  });

  it('marks groups and ranks them after current detailed occupations', () => {
    const hits = searchCodes(matcher, 'registered nurses', 50).hits;
    expect(hits[0]?.status.socCode).toBe('29-1141');
    const group = hits.find((h) => h.status.socCode === '29-1140');
    expect(group?.status.group).toBe('Broad occupation');
    const lastDetailed = hits.map((h) => !h.status.group && h.status.current).lastIndexOf(true);
    expect(hits.indexOf(group!)).toBeGreaterThan(lastDetailed);
  });

  it('"nurses" puts the current Registered nurses first, the 2000 SOC code 29-1111 after, marked retired', () => {
    const hits = searchCodes(matcher, 'nurses', 100).hits;
    expect(hits[0]?.status.socCode).toBe('29-1141');
    expect(hits.find((h) => h.status.socCode === '29-1111')?.status.current).toBe(false);
  });

  it('matches codes and code prefixes, exact code first', () => {
    expect(searchCodes(matcher, '29-2072', 5).hits[0]?.status.socCode).toBe('29-2072');
    const prefix = searchCodes(matcher, '29-20', 100).hits.map((h) => h.status.socCode);
    expect(prefix.length).toBeGreaterThan(10);
    expect(prefix.every((c) => c.startsWith('29-20'))).toBe(true);
    expect(searchCodes(matcher, '2920', 100).hits.map((h) => h.status.socCode)).toEqual(prefix);
  });

  it('finds nothing for an empty or unmatched query, and bounds a long one', () => {
    expect(searchCodes(matcher, '   ', 5)).toEqual({ hits: [], total: 0 });
    expect(searchCodes(matcher, 'qqqqzzzz', 5).total).toBe(0);
    // Markup is words too: none of them is half of any title.
    expect(searchCodes(matcher, '<img src=x onerror=alert(1)>', 5).total).toBe(0);
    // Where no title has every word, titles with half of them: "phlebotomy xyzzy" still finds phlebotomists.
    expect(searchCodes(matcher, 'phlebotomy xyzzy', 5).hits[0]?.status.socCode).toBe('31-9097');
    expect(() => searchCodes(matcher, 'nurse '.repeat(10_000), 5)).not.toThrow();
  });
});
