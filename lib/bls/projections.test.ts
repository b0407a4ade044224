import { describe, expect, it } from 'vitest';
import { readCsvRows } from './csv-rows';
import { readProjectionHeader } from './projection-header';
import { toProjections } from './projection-merge';
import { parseProjectionTable, vintageYears } from './projections';
import { errorOf } from '@/tests/unit/parse-error';

// Real lines of each sheet (a few data rows kept): title with a line break in its cell, three
// header rows whose groups span columns, "title and code" spanning two columns, a source line.
const T12_2008 = [
  '"Table 1.2 Employment by occupation, 2008 and projected 2018',
  '(Numbers in thousands)"',
  '2008 National Employment Matrix title and code,,Employment,,,,"Change, 2008-18",,Total job openings due to growth and replacement needs',
  ',,Number,,Percent distribution,,Number,Percent',
  ',,2008,2018,2008,2018',
  '"Total, all occupations",00-0000,150931.7,166205.6,100,100,15273.9,10.12,50928.5',
  'Top executives,11-1000,2201.1,2193.7,1.45,1.31,-7.4,-0.33,634.4',
  'Medical records and health information technicians,29-2071,172.5,207.6,0.11,0.12,35.1,20.33,70.3',
  'Shuttle car operators,53-7111,3.1,3,0,0,-0.1,-4.04,0.9',
  '"Source: Employment Projections Program, U.S. Department of Labor, U.S. Bureau of Labor Statistics"',
].join('\n');

const T16_2008 = [
  '"Table 1.6 Occupational Employment and Job Openings Data, 2008\u201418, and worker characteristics, 2008',
  '(Numbers in thousands)"',
  '2008 National Employment Matrix title and code,,Employment ,,"Change, 2008-18",,"Percent self-employed, 2008 (1)",Job openings due to growth and replacement needs (in thousands),"Median annual wages, 2008 (2)",Median annual wage quartile (3) ,  Most significant source of education and training category',
  ',,2008,2018,Number,Percent',
  'Top executives,11-1000,2201.1,2193.7,-7.4,-0.33,4.7,634.4,-,-,-',
  'Actors,27-2011,56.5,63.7,7.2,12.78,22.3,20.8,N/A,,Long-term on-the-job training',
  'Oral and maxillofacial surgeons,29-1022,6.7,7.7,1,15.34,28.1,2.9,"> $ 166,400",VH,First professional degree',
  'Medical records and health information technicians,29-2071,172.5,207.6,35.1,20.33,0,70.3,30610,L,Associate degree',
  '"Source: Employment Projections Program, U.S. Department of Labor, U.S. Bureau of Labor Statistics"',
].join('\n');

// 2014-24 Table 1.7: "Occupation\nType" breaks inside a header cell; the wage column is from May 2016.
const T17_2014 = [
  '"Table 1.7 Occupational employment and job openings data projected 2014- 2024, and worker characteristics, 2014',
  ' (Numbers in thousands)"',
  '2014 National Employment Matrix title and code,,"Occupation',
  'Type",Employment,,"Employment Change, 2014-24",,"Percent self employed, 2014","Job openings due to growth and replacements, 2014-24","Median annual wage, 2016(1)",Typical education needed for entry,Work experience in a related occupation,Typical on-the-job training needed to attain competency in the occupation',
  ',,,2014,2024,Number,Percent',
  'Top executives,11-1000,Summary,2525.9,2672.5,146.6,5.8,3.6,760,102320,\u2014,\u2014,\u2014',
  'Oral and maxillofacial surgeons,29-1022,Line item,6.8,8,1.2,17.9,23.4,2.6,">=$208,000",Doctoral or professional degree,None,Internship/residency',
  'Medical records and health information technicians,29-2071,Line item,188.6,217.6,29,15.4,0.3,71.2,38040,Postsecondary nondegree award,None,None',
  '"Note: Data is unavailable for values denoted with a ""\u2014""."',
  'Footnotes:',
].join('\n');

// 2024-34 Table 1.2: one header row, en dashes, indented titles, characteristics merged in.
const T12_2024 = [
  '"Table 1.2 Occupational projections, 2024\u20132034, and worker characteristics, 2024 (Employment in thousands)"',
  '2024 National Employment Matrix title,2024 National Employment Matrix code,Occupation type,"Employment, 2024","Employment, 2034","Employment distribution, percent, 2024","Employment distribution, percent, 2034","Employment change, numeric, 2024\u201334","Employment change, percent, 2024\u201334","Percent self employed, 2024","Occupational openings, 2024\u201334 annual average","Median annual wage, dollars, 2024[1]",Typical education needed for entry,Work experience in a related occupation,Typical on-the-job training needed to attain competency in the occupation,Related Occupational Outlook Handbook (OOH) content xlsx',
  '"Total, all occupations",00-0000,Summary,169956.1,175167.9,100,100,5211.8,3.1,5.8,18863.3,49500,\u2014,\u2014,\u2014,\u2014',
  '    Top executives,11-1000,Summary,4049.9,4228.1,2.4,2.4,178.2,4.4,2.8,333.1,104990,\u2014,\u2014,\u2014,\u2014',
  "      Legislators,11-1031,Line item,27.7,28.6,0,0,0.9,3.4,\u2014,2.2,44810,Bachelor's degree,Less than 5 years,None,\u2014",
  '        Oral and maxillofacial surgeons,29-1022,Line item,6.1,6.4,0,0,0.3,4.1,11.9,0.2,">=$239,200",Doctoral or professional degree,None,Internship/residency,OOH Content',
  '      Medical records specialists,29-2072,Line item,194.8,208.6,0.1,0.1,13.8,7.1,0.8,14.2,50250,Postsecondary nondegree award,None,None,OOH Content',
  'Footnotes:',
  '"[1] Data are from the Occupational Employment and Wage Statistics program, U.S. Bureau of Labor Statistics."',
  '"Note: Data is unavailable for values denoted with a ""\u2014""."',
  '"Source: Employment Projections program, U.S. Bureau of Labor Statistics"',
].join('\n');

const F08 = 'projections/2008-18/table_1.2.csv';
const F24 = 'projections/2024-34/table_1.2.csv';


const value = (n: number) => ({ kind: 'value', value: n });
const dash = (marker: string) => ({ kind: 'missing', reason: 'not-published', marker });

describe('vintageYears', () => {
  it('reads base and target years from the folder name', () => {
    expect(vintageYears('2008-18')).toEqual({ base: 2008, target: 2018 });
    expect(vintageYears('2095-05')).toEqual({ base: 2095, target: 2105 });
    expect(vintageYears('2008-2018')).toBeNull();
  });
});

describe('readProjectionHeader', () => {
  it('finds the title rows, the three header rows and each spanned column by meaning', () => {
    const header = readProjectionHeader(readCsvRows(T12_2008, F08), F08, { base: 2008, target: 2018 });
    expect(header.title).toBe('Table 1.2 Employment by occupation, 2008 and projected 2018 (Numbers in thousands)');
    expect(header.headerRows.map((r) => r.line)).toEqual([3, 4, 5]);
    expect(header.columns.map((c) => [c.field, c.index, c.label])).toEqual([
      ['title', 0, '2008 National Employment Matrix title and code'],
      ['socCode', 1, '2008 National Employment Matrix title and code'],
      ['employmentBase', 2, 'Employment | Number | 2008'],
      ['employmentTarget', 3, 'Employment | Number | 2018'],
      ['changeNumber', 6, 'Change, 2008-18 | Number'],
      ['changePercent', 7, 'Change, 2008-18 | Percent'],
      ['openings', 8, 'Total job openings due to growth and replacement needs'],
    ]);
    expect(header.firstDataRow).toBe(4);
  });

  it('treats a separate "(Numbers in thousands)" line as part of the title', () => {
    const text = T12_2024.replace(' (Employment in thousands)"', '"\n(Numbers in thousands)');
    const table = parseProjectionTable(text, F24, '2024-34');
    expect(table.skipped.slice(0, 3)).toEqual([{ line: 1, reason: 'title' }, { line: 2, reason: 'title' }, { line: 3, reason: 'header' }]);
    expect(table.records[0]?.source.line).toBe(4);
  });
});

describe('parseProjectionTable', () => {
  it('keeps line numbers of the file across the broken title cell, and accounts for every row', () => {
    const table = parseProjectionTable(T12_2008, F08, '2008-18');
    expect(table.records.map((r) => [r.socCode, r.source.line])).toEqual([['00-0000', 6], ['11-1000', 7], ['29-2071', 8], ['53-7111', 9]]);
    expect(table.skipped).toEqual([
      { line: 1, reason: 'title' }, { line: 3, reason: 'header' }, { line: 4, reason: 'header' }, { line: 5, reason: 'header' }, { line: 10, reason: 'footnote' },
    ]);
    expect(table.totalRows).toBe(9);
    expect(table.openingsBasis).toBe('total-over-period');
    expect(table.wageYear).toBeNull();
  });

  it('reads negative changes (-0.1) as values and a lone - as not published', () => {
    const table = parseProjectionTable(T12_2008, F08, '2008-18');
    expect(table.records[3]?.numbers).toEqual({ employmentBase: value(3.1), employmentTarget: value(3), changeNumber: value(-0.1), changePercent: value(-4.04), openings: value(0.9) });
    const t16 = parseProjectionTable(T16_2008, 'projections/2008-18/table_1.6.csv', '2008-18');
    expect(t16.records[0]?.numbers.medianAnnualWage).toEqual(dash('-'));
    expect(t16.records[0]?.texts).toEqual({ education: null, wageQuartile: null });
  });

  it('reads N/A, "> $ 166,400" and the wage year from "Median annual wages, 2008 (2)"', () => {
    const t16 = parseProjectionTable(T16_2008, 'projections/2008-18/table_1.6.csv', '2008-18');
    expect(t16.wageYear).toBe(2008);
    expect(t16.records[1]?.numbers.medianAnnualWage).toEqual(dash('N/A'));
    expect(t16.records[2]?.numbers.medianAnnualWage).toEqual({ kind: 'top-coded', atLeast: 166400 });
    expect(t16.records[3]?.texts).toEqual({ education: 'Associate degree', wageQuartile: 'L' });
  });

  it('reads "Occupation\\nType", the wage year 2016 of "Median annual wage, 2016(1)", ">=$208,000" and "≥$166,400"', () => {
    const table = parseProjectionTable(T17_2014, 'projections/2014-24/table_1.7.csv', '2014-24');
    expect(table.columns.find((c) => c.field === 'occupationType')?.label).toBe('Occupation\nType');
    expect(table.wageYear).toBe(2016);
    expect(table.records.map((r) => [r.occupationType, r.source.line])).toEqual([['Summary', 6], ['Line item', 7], ['Line item', 8]]);
    expect(table.records[1]?.numbers.medianAnnualWage).toEqual({ kind: 'top-coded', atLeast: 208000 });
    expect(table.records[0]?.texts.education).toBeNull();
    expect(table.skipped.slice(-2)).toEqual([{ line: 9, reason: 'footnote' }, { line: 10, reason: 'footnote' }]);
    const ge = parseProjectionTable(T17_2014.replace('">=$208,000"', '"\u2265$166,400"'), 'projections/2014-24/table_1.7.csv', '2014-24');
    expect(ge.records[1]?.numbers.medianAnnualWage).toEqual({ kind: 'top-coded', atLeast: 166400 });
  });

  it('tells openings as an annual average (from 2016-26) from a total over the decade', () => {
    const annual = T17_2014.replace('"Job openings due to growth and replacements, 2014-24"', '"Occupational openings, \n2014-24 annual average"');
    expect(parseProjectionTable(annual, 'projections/2014-24/table_1.7.csv', '2014-24').openingsBasis).toBe('annual-average');
    expect(parseProjectionTable(T17_2014, 'projections/2014-24/table_1.7.csv', '2014-24').openingsBasis).toBe('total-over-period');
  });

  it('reads one header row with en dashes, indented titles, — cells and >=$239,200 (2024-34)', () => {
    const table = parseProjectionTable(T12_2024, F24, '2024-34');
    expect(table.columns.map((c) => c.field)).toEqual([
      'title', 'socCode', 'occupationType', 'employmentBase', 'employmentTarget', 'changeNumber', 'changePercent', 'selfEmployedPct', 'openings', 'medianAnnualWage', 'education', 'workExperience', 'onTheJobTraining',
    ]);
    const emDashes = parseProjectionTable(T12_2024.replace(/\u2013/g, '\u2014'), F24, '2024-34');
    expect(emDashes.columns.map((c) => c.field)).toEqual(table.columns.map((c) => c.field));
    expect(table.wageYear).toBe(2024);
    expect(table.openingsBasis).toBe('annual-average');
    const [, top, legislators, surgeons, records] = table.records;
    expect(top?.title).toBe('Top executives');
    expect(legislators?.numbers.selfEmployedPct).toEqual(dash('\u2014'));
    expect(surgeons?.numbers.medianAnnualWage).toEqual({ kind: 'top-coded', atLeast: 239200 });
    expect(records).toMatchObject({ socCode: '29-2072', title: 'Medical records specialists', numbers: { changePercent: value(7.1), openings: value(14.2), medianAnnualWage: value(50250) } });
    expect(table.skipped).toEqual([{ line: 1, reason: 'title' }, { line: 2, reason: 'header' }, ...[8, 9, 10, 11].map((line) => ({ line, reason: 'footnote' }))]);
  });
});

describe('toProjections', () => {
  it('joins Table 1.2 with Table 1.6 characteristics (2008-18)', () => {
    const t12 = parseProjectionTable(T12_2008, F08, '2008-18');
    const t16 = parseProjectionTable(T16_2008, 'projections/2008-18/table_1.6.csv', '2008-18');
    const projections = toProjections('2008-18', t12, t16);
    expect(projections.find((p) => p.socCode === '29-2071')).toEqual({
      vintage: '2008-18', baseYear: 2008, targetYear: 2018, socCode: '29-2071', title: 'Medical records and health information technicians', level: 'detailed',
      employmentBase: value(172.5), employmentTarget: value(207.6), changeNumber: value(35.1), changePercent: value(20.33), openings: value(70.3),
      openingsBasis: 'total-over-period', selfEmployedPct: value(0), medianAnnualWage: value(30610), wageYear: 2008,
      education: 'Associate degree', educationClassification: 'most-significant-source', workExperience: null, onTheJobTraining: null, wageQuartile: 'L',
      source: { file: F08, line: 8 }, characteristicsSource: { file: 'projections/2008-18/table_1.6.csv', line: 8 },
    });
    expect(projections.map((p) => [p.socCode, p.level])).toEqual([['00-0000', 'summary'], ['11-1000', 'summary'], ['29-2071', 'detailed'], ['53-7111', 'summary']]);
    expect(projections[0]?.characteristicsSource).toBeNull();
  });

  it('reads characteristics from Table 1.2 itself from 2023-33, and the level from Occupation type', () => {
    const projections = toProjections('2024-34', parseProjectionTable(T12_2024, F24, '2024-34'), null);
    expect(projections.map((p) => p.level)).toEqual(['summary', 'summary', 'detailed', 'detailed', 'detailed']);
    expect(projections[4]).toMatchObject({
      socCode: '29-2072', employmentBase: value(194.8), medianAnnualWage: value(50250), wageYear: 2024, openingsBasis: 'annual-average',
      education: 'Postsecondary nondegree award', educationClassification: 'typical-entry', workExperience: 'None', onTheJobTraining: 'None',
      characteristicsSource: { file: F24, line: 7 },
    });
  });

  it('refuses an employment table without openings', () => {
    const noOpenings = T12_2008.replace('Total job openings due to growth and replacement needs', 'Percent distribution of openings');
    const error = errorOf(() => toProjections('2008-18', parseProjectionTable(noOpenings, F08, '2008-18'), null));
    expect(error).toMatchObject({ file: F08, line: 1, column: null, expected: 'a column for openings' });
  });
});

describe('parseProjectionTable failures name file, line, column, expected and found', () => {
  const p08 = (text: string) => () => parseProjectionTable(text, F08, '2008-18');
  const p24 = (text: string) => () => parseProjectionTable(text, F24, '2024-34');

  it('an unrecognised header column', () => {
    const error = errorOf(p08(T12_2008.replace('Total job openings due to growth and replacement needs', 'Wage growth')));
    expect(error).toMatchObject({ file: F08, line: 3, column: 9, found: 'Wage growth', expected: 'a known Employment Projections column (employment, change, openings, median annual wage, education ...)' });
    expect(errorOf(p24(T12_2024.replace('"Employment, 2034"', '"Employment, 2035"')))).toMatchObject({ line: 2, column: 5, found: 'Employment, 2035' });
  });

  it('a column that appears twice', () => {
    expect(errorOf(p24(T12_2024.replace('"Percent self employed, 2024"', '"Median annual wage, 2023"')))).toMatchObject({ line: 2, column: 12, expected: 'one column for medianAnnualWage', found: 'a second one: Median annual wage, dollars, 2024[1]' });
  });

  it('a missing required column', () => {
    const error = errorOf(p24(T12_2024.replace('2024 National Employment Matrix title,', ',')));
    expect(error).toMatchObject({ file: F24, line: 2, column: null, expected: 'a column for the occupation title' });
    expect(error.found.startsWith(' , 2024 National Employment Matrix code , Occupation type')).toBe(true);
  });

  it('a cell that is not a number or a marker', () => {
    expect(errorOf(p24(T12_2024.replace(',194.8,', ',194.8%,')))).toMatchObject({ file: F24, line: 7, column: 4, found: '194.8%', expected: 'a number or a BLS marker (*, **, #, ~, -, N/A) for employmentBase' });
  });

  it('a truncated row', () => {
    const cut = T12_2024.slice(0, T12_2024.indexOf(',7.1,0.8'));
    expect(errorOf(p24(cut))).toMatchObject({ file: F24, line: 7, column: 9, found: '8 cells (truncated row?)', expected: '15 cells, through the "Typical on-the-job training needed to attain competency in the occupation" column' });
  });

  it('an unclosed quote (a file cut inside a quoted cell)', () => {
    const cut = T12_2024.slice(0, T12_2024.indexOf('239,200'));
    expect(errorOf(p24(cut))).toMatchObject({ file: F24, line: 6, column: 88, expected: 'a closed quoted cell', found: 'Quoted field unterminated' });
  });

  it('binary garbage (NUL)', () => {
    expect(errorOf(p08(T12_2008.replace('Top executives', 'Top\u0000\u0007\u00ffexecutives')))).toMatchObject({ file: F08, line: 7, column: 4, expected: 'CSV text', found: 'a NUL byte (binary data)' });
  });

  it('an empty file, or a file without data rows', () => {
    expect(errorOf(p08(''))).toMatchObject({ file: F08, line: 1, column: null, expected: 'data rows with occupation codes like 29-2071', found: 'an empty file' });
    expect(errorOf(p08(T12_2008.split('\n').slice(0, 5).join('\n')))).toMatchObject({ line: 5, found: 'none' });
  });

  it('a code that is not a code in the first data row (one or three header rows)', () => {
    expect(errorOf(p08(T12_2008.replace('00-0000', '00-000O')))).toMatchObject({ file: F08, line: 6, column: 2, expected: 'an occupation code like 29-2071', found: '00-000O' });
    expect(errorOf(p24(T12_2024.replace('00-0000', '00-00OO')))).toMatchObject({ file: F24, line: 3, column: 2, expected: 'an occupation code like 29-2071', found: '00-00OO' });
  });

  it('a code that is not a code in a later data row, never skipped as a footnote', () => {
    expect(errorOf(p08(T12_2008.replace('29-2071', '29-207l')))).toMatchObject({ file: F08, line: 8, column: 2, expected: 'an occupation code like 29-2071', found: '29-207l' });
  });

  it('a vintage folder that is not named like 2008-18', () => {
    expect(errorOf(() => parseProjectionTable(T12_2008, F08, '2008-2018'))).toMatchObject({ file: F08, line: 1, expected: 'a vintage folder named like 2008-18', found: '2008-2018' });
  });
});
