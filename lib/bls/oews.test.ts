import { describe, expect, it } from 'vitest';
import { parseOewsNational, type TopCodes } from './oews';
import { errorOf } from '@/tests/unit/parse-error';

const FILE = 'oews/national_M2008_dl.csv';
const TOP_2008: TopCodes = { annual: 166400, hourly: 80 };
const UNSTATED: TopCodes = { annual: null, hourly: null };

// Lines 1, 2, 3, 24 and 345 of the real May 2008 file: padded cells, blank group on detailed
// rows and on the total, rows that end after a_pct90 unless the annual flag is set.
const HEADER_2008 = 'occ_code,occ_title,group,tot_emp,emp_prse,h_mean,a_mean,mean_prse,h_pct10,h_pct25,h_median,h_pct75,h_pct90,a_pct10,a_pct25,a_median,a_pct75,a_pct90,annual,hourly';
const TOTAL_2008 = '00-0000,All Occupations,,     135185230,       0.1,         20.32,         42270,           0.1,          8.02,         10.38,         15.57,         24.78,         37.99,         16680,         21590,         32390,         51540,         79020';
const MANAGEMENT_2008 = '11-0000,Management occupations,major,       6152650,       0.2,         48.23,        100310,           0.2,         20.40,         29.09,         42.15,         60.74,#,         42440,         60500,         87670,        126330,#';
const EDUCATION_ADMIN_2008 = '11-9032,"Education administrators, elementary and secondary school",,        219100,       0.6,*,         86060,           0.6,*,*,*,*,*,         55580,         68360,         83880,        102830,        124250,TRUE';
const MEDICAL_RECORDS_2008 = '29-2071,Medical records and health information technicians,,        168650,       0.9,         15.85,         32960,           0.3,          9.83,         11.68,         14.71,         18.98,         24.07,         20440,         24290,         30610,         39490,         50060';
const OEWS_2008 = [HEADER_2008, TOTAL_2008, MANAGEMENT_2008, EDUCATION_ADMIN_2008, MEDICAL_RECORDS_2008].join('\n');

// May 2010: upper-case header, thousands separators in quotes, title marker on a 2000 SOC code.
const OEWS_2010 = [
  'OCC_CODE,OCC_TITLE,GROUP,TOT_EMP,EMP_PRSE,H_MEAN,A_MEAN,MEAN_PRSE,H_PCT10,H_PCT25,H_MEDIAN,H_PCT75,H_PCT90,A_PCT10,A_PCT25,A_MEDIAN,A_PCT75,A_PCT90,ANNUAL,HOURLY',
  '29-1111,Registered Nurses*,,"2,655,020",0.5,32.56,"67,720",0.3,21.24,25.47,31.10,37.99,45.74,"44,190","52,980","64,690","79,020","95,130",,',
  '29-2071,Medical Records and Health Information Technicians,,"176,090",0.9,16.83,"35,010",0.4,10.21,12.29,15.55,20.27,25.69,"21,240","25,570","32,350","42,170","53,430",,',
].join('\n');

// May 2024: area/industry columns first, O_GROUP, a code published twice (broad and detailed), an hourly-only row.
const HEADER_2024 = 'AREA,AREA_TITLE,AREA_TYPE,PRIM_STATE,NAICS,NAICS_TITLE,I_GROUP,OWN_CODE,OCC_CODE,OCC_TITLE,O_GROUP,TOT_EMP,EMP_PRSE,JOBS_1000,LOC_QUOTIENT,PCT_TOTAL,PCT_RPT,H_MEAN,A_MEAN,MEAN_PRSE,H_PCT10,H_PCT25,H_MEDIAN,H_PCT75,H_PCT90,A_PCT10,A_PCT25,A_MEDIAN,A_PCT75,A_PCT90,ANNUAL,HOURLY';
const OEWS_2024 = [
  HEADER_2024,
  '99,U.S.,1,US,000000,Cross-industry,cross-industry,1235,00-0000,All Occupations,total,154187380,0,,,,,32.66,67920,0.1,14.42,17.66,23.8,37.89,60.44,29990,36730,49500,78810,125720',
  '99,U.S.,1,US,000000,Cross-industry,cross-industry,1235,13-1020,Buyers and Purchasing Agents,broad,486900,0.6,,,,,39.29,81720,0.4,22.34,28.21,36.37,47.69,61.31,46460,58670,75650,99190,127520',
  '99,U.S.,1,US,000000,Cross-industry,cross-industry,1235,13-1020,Buyers and Purchasing Agents,detailed,486900,0.6,,,,,39.29,81720,0.4,22.34,28.21,36.37,47.69,61.31,46460,58670,75650,99190,127520',
  '99,U.S.,1,US,000000,Cross-industry,cross-industry,1235,27-2011,Actors,detailed,38800,6,,,,,44.4,*,15.9,14,16.94,23.33,41.09,97.19,*,*,*,*,*,,TRUE',
].join('\n');

// May 2020 (line 84): no employment estimate.
const OEWS_2020 = [
  'AREA,AREA_TITLE,AREA_TYPE,PRIM_STATE,NAICS,NAICS_TITLE,I_GROUP,OWN_CODE,OCC_CODE,OCC_TITLE,O_GROUP,TOT_EMP,EMP_PRSE,JOBS_1000,LOC_QUOTIENT,PCT_TOTAL,H_MEAN,A_MEAN,MEAN_PRSE,H_PCT10,H_PCT25,H_MEDIAN,H_PCT75,H_PCT90,A_PCT10,A_PCT25,A_MEDIAN,A_PCT75,A_PCT90,ANNUAL,HOURLY',
  '99,U.S.,1,US,000000,Cross-industry,cross-industry,1235,13-1074,Farm Labor Contractors,detailed,**,**,,,,24.18,50300,4.7,17.52,20.8,22.97,25.14,34.43,36440,43260,47780,52280,71620',
].join('\n');


const value = (n: number) => ({ kind: 'value', value: n });

describe('parseOewsNational: May 2008 layout', () => {
  const result = parseOewsNational(OEWS_2008, FILE, 2008, TOP_2008);
  const byCode = new Map(result.records.map((r) => [r.socCode, r]));

  it('reads space-padded cells and rows that end after a_pct90', () => {
    expect(byCode.get('29-2071')).toEqual({
      release: 'May 2008', year: 2008, socCode: '29-2071', title: 'Medical records and health information technicians', publishedTitle: 'Medical records and health information technicians', level: 'detailed',
      employment: value(168650), employmentRse: value(0.9),
      annual: { mean: value(32960), pct10: value(20440), pct25: value(24290), median: value(30610), pct75: value(39490), pct90: value(50060) },
      hourly: { mean: value(15.85), pct10: value(9.83), pct25: value(11.68), median: value(14.71), pct75: value(18.98), pct90: value(24.07) },
      meanWageRse: value(0.3), annualOnly: false, hourlyOnly: false,
      source: { file: FILE, line: 5 },
    });
  });

  it('reads a blank group as detailed, and as total on 00-0000', () => {
    expect(result.records.map((r) => [r.socCode, r.level])).toEqual([['00-0000', 'total'], ['11-0000', 'major'], ['11-9032', 'detailed'], ['29-2071', 'detailed']]);
  });

  it('reads # as the 2008 top code, annual and hourly', () => {
    const management = byCode.get('11-0000')!;
    expect(management.annual.pct90).toEqual({ kind: 'top-coded', atLeast: 166400 });
    expect(management.hourly.pct90).toEqual({ kind: 'top-coded', atLeast: 80 });
    expect(management.annual.pct75).toEqual(value(126330));
  });

  it('reads # with no stated top code as top-coded at an unknown level', () => {
    const management = parseOewsNational(OEWS_2008, FILE, 2008, UNSTATED).records[1]!;
    expect(management.annual.pct90).toEqual({ kind: 'top-coded', atLeast: null });
  });

  it('reads * and the annual-only flag (TRUE)', () => {
    const admin = byCode.get('11-9032')!;
    expect(admin.title).toBe('Education administrators, elementary and secondary school');
    expect(admin.annualOnly).toBe(true);
    expect(admin.hourlyOnly).toBe(false);
    expect(admin.hourly.median).toEqual({ kind: 'missing', reason: 'wage-not-available', marker: '*' });
    expect(admin.annual.median).toEqual(value(83880));
  });

  it('accounts for every row: header, records, blank lines and notes below the table', () => {
    const withNotes = parseOewsNational(`${OEWS_2008}\n\nSource: Bureau of Labor Statistics\n`, FILE, 2008, TOP_2008);
    expect(withNotes.records).toHaveLength(4);
    expect(withNotes.skipped).toEqual([{ line: 1, reason: 'header' }, { line: 6, reason: 'blank' }, { line: 7, reason: 'footnote' }]);
    expect(withNotes.totalRows).toBe(7);
  });
});

describe('parseOewsNational: other layouts', () => {
  it('reads an upper-case header and quoted thousands separators (2010)', () => {
    const [nurses, records] = parseOewsNational(OEWS_2010, 'oews/national_M2010_dl.csv', 2010, UNSTATED).records;
    expect(nurses).toMatchObject({ socCode: '29-1111', title: 'Registered Nurses', level: 'detailed', employment: value(2655020) });
    expect(records).toMatchObject({ socCode: '29-2071', employment: value(176090), annual: { median: value(32350), pct90: value(53430) }, hourly: { median: value(15.55) } });
  });

  it('ignores the 2019+ area, industry and ownership columns and reads O_GROUP', () => {
    const result = parseOewsNational(OEWS_2024, 'oews/national_M2024_dl.csv', 2024, { annual: 239200, hourly: 115 });
    expect(result.records[0]).toMatchObject({ socCode: '00-0000', level: 'total', employment: value(154187380), employmentRse: value(0), annual: { median: value(49500) } });
  });

  it('keeps a code published twice, once as broad and once as detailed', () => {
    const result = parseOewsNational(OEWS_2024, 'oews/national_M2024_dl.csv', 2024, UNSTATED);
    const buyers = result.records.filter((r) => r.socCode === '13-1020');
    expect(buyers.map((r) => [r.level, r.source.line, r.employment])).toEqual([['broad', 3, value(486900)], ['detailed', 4, value(486900)]]);
  });

  it('reads the hourly-only flag (TRUE) with * in every annual cell', () => {
    const actors = parseOewsNational(OEWS_2024, 'oews/national_M2024_dl.csv', 2024, UNSTATED).records[3]!;
    expect(actors).toMatchObject({ socCode: '27-2011', hourlyOnly: true, annualOnly: false, meanWageRse: value(15.9) });
    expect(actors.annual.median).toEqual({ kind: 'missing', reason: 'wage-not-available', marker: '*' });
    expect(actors.hourly.median).toEqual(value(23.33));
  });

  it('reads ** as no employment estimate', () => {
    const farm = parseOewsNational(OEWS_2020, 'oews/national_M2020_dl.csv', 2020, UNSTATED).records[0]!;
    expect(farm.employment).toEqual({ kind: 'missing', reason: 'employment-not-available', marker: '**' });
    expect(farm.employmentRse).toEqual({ kind: 'missing', reason: 'employment-not-available', marker: '**' });
    expect(farm.annual.median).toEqual(value(47780));
  });

  it('reads ~ as low reporting', () => {
    const text = OEWS_2020.replace(',**,**,', ',~,~,');
    expect(parseOewsNational(text, 'oews/national_M2020_dl.csv', 2020, UNSTATED).records[0]!.employment).toEqual({ kind: 'missing', reason: 'low-reporting', marker: '~' });
  });
});

describe('parseOewsNational failures name file, line, column, expected and found', () => {
  const parse = (text: string) => () => parseOewsNational(text, FILE, 2008, TOP_2008);

  it('an unrecognised header column', () => {
    const error = errorOf(parse(OEWS_2008.replace('mean_prse', 'mean_rse')));
    expect(error).toMatchObject({ file: FILE, line: 1, column: 8, expected: 'a known OEWS column (occ_code, occ_title, tot_emp, a_median, ...)', found: 'mean_rse' });
    expect(error.message).toBe(`${FILE}, line 1, column 8: expected a known OEWS column (occ_code, occ_title, tot_emp, a_median, ...), found "mean_rse"`);
  });

  it('a missing required column (no column to point at)', () => {
    const header = HEADER_2008.replace(',a_median', '');
    expect(errorOf(parse(`${header}\n${MEDICAL_RECORDS_2008}`))).toMatchObject({ file: FILE, line: 1, column: null, expected: 'a column named a_median', found: header });
  });

  it('a header row that is not there', () => {
    expect(errorOf(parse(MEDICAL_RECORDS_2008))).toMatchObject({ file: FILE, line: 1, column: null, expected: 'a header row with an OCC_CODE column' });
  });

  it('a cell that is not a number or a marker', () => {
    expect(errorOf(parse(OEWS_2008.replace('         30610', '         3O610')))).toMatchObject({ file: FILE, line: 5, column: 16, found: '         3O610' });
    expect(errorOf(parse(OEWS_2008.replace('        168650', '#')))).toMatchObject({ line: 5, column: 4, expected: 'a number or a BLS marker (*, **, #, ~, -, N/A) for total employment' });
  });

  it('a truncated row', () => {
    const cut = MEDICAL_RECORDS_2008.slice(0, MEDICAL_RECORDS_2008.lastIndexOf(','));
    expect(errorOf(parse(OEWS_2008.replace(MEDICAL_RECORDS_2008, cut)))).toMatchObject({ file: FILE, line: 5, column: 18, expected: 'at least 18 cells, through the last wage column', found: '17 cells (truncated row?)' });
  });

  it('an unclosed quote', () => {
    expect(errorOf(parse(OEWS_2008.replace('secondary school"', 'secondary school')))).toMatchObject({ file: FILE, line: 4, column: 9, expected: 'a closed quoted cell', found: 'Quoted field unterminated' });
  });

  it('binary garbage (NUL)', () => {
    expect(errorOf(parse(`${HEADER_2008}\n\u0000\u0001\u00ff\u0000`))).toMatchObject({ file: FILE, line: 2, column: 1, expected: 'CSV text', found: 'a NUL byte (binary data)' });
  });

  it('an empty file', () => {
    expect(errorOf(parse(''))).toMatchObject({ file: FILE, line: 1, column: null, expected: 'a header row with an OCC_CODE column', found: 'an empty file' });
  });

  it('a code that is not a code in the first data row, or in any row with data', () => {
    expect(errorOf(parse(OEWS_2008.replace('00-0000,', '00-000,')))).toMatchObject({ file: FILE, line: 2, column: 1, expected: 'an occupation code like 29-2071', found: '00-000' });
    expect(errorOf(parse(OEWS_2008.replace('29-2071,', '29-207l,')))).toMatchObject({ file: FILE, line: 5, column: 1, expected: 'an occupation code like 29-2071', found: '29-207l' });
  });

  it('a group that is not an occupation level', () => {
    expect(errorOf(parse(OEWS_2008.replace(',major,', ',Major group,')))).toMatchObject({ file: FILE, line: 3, column: 3, found: 'Major group' });
  });
});
