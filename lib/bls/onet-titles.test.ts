import { describe, expect, it } from 'vitest';
import { parseOnetAlternateTitles, parseOnetReportedTitles } from './onet-titles';
import { errorOf } from '@/tests/unit/parse-error';
import { onetText, rawOnetRows, shippedOnetCodes } from '@/tests/unit/onet-files';

const FILE = 'onet/test_titles.txt';
const ALT_HEADER = 'O*NET-SOC Code\tTitle\tAlternate Title\tShort Title\tSource(s)';
const ALT = [
  ALT_HEADER,
  '29-2072.00\tMedical Records Specialists\tMedical Coder\tn/a\t08',
  '29-2072.00\tMedical Records Specialists\tRegistered Health Information Technician (RHIT)\tRHIT\t02',
  '',
].join('\n');
const REP_HEADER = 'O*NET-SOC Code\tTitle\tReported Job Title\tShown in My Next Move';
const REP = [REP_HEADER, '29-2072.00\tMedical Records Specialists\tMedical Records Technician\tY', '29-2072.00\tMedical Records Specialists\tCoder\tN', ''].join('\n');

describe('parseOnetAlternateTitles', () => {
  it('reads each title with its short title, n/a as none', () => {
    expect(parseOnetAlternateTitles(ALT, FILE).records).toEqual([
      { onetCode: '29-2072.00', socCode: '29-2072', alternateTitle: 'Medical Coder', shortTitle: null, source: { file: FILE, line: 2 } },
      { onetCode: '29-2072.00', socCode: '29-2072', alternateTitle: 'Registered Health Information Technician (RHIT)', shortTitle: 'RHIT', source: { file: FILE, line: 3 } },
    ]);
  });

  it('fails on an n/a title, a missing column, a bad code and a truncated row', () => {
    expect(errorOf(() => parseOnetAlternateTitles(ALT.replace('Medical Coder', 'n/a'), FILE)).message).toBe(`${FILE}, line 2, column 3: expected an alternate title, found "n/a"`);
    expect(errorOf(() => parseOnetAlternateTitles(ALT.replace('\tShort Title', ''), FILE))).toMatchObject({ line: 1, column: null, expected: 'a column named "Short Title"' });
    expect(errorOf(() => parseOnetAlternateTitles(ALT.replace('29-2072.00', '29-2072.0'), FILE)).message).toBe(
      `${FILE}, line 2, column 1: expected an O*NET-SOC code like 29-2072.00, found "29-2072.0"`,
    );
    expect(errorOf(() => parseOnetAlternateTitles(`${ALT_HEADER}\n29-2072.00\tMedical Records Specialists\tCoder\tn/a`, FILE)).message).toBe(
      `${FILE}, line 2, column 5: expected 5 tab-separated cells, as in the header, found "no cell (the row has 4)"`,
    );
  });
});

describe('parseOnetReportedTitles', () => {
  it('reads each title with its Shown in My Next Move flag', () => {
    expect(parseOnetReportedTitles(REP, FILE).records.map((r) => [r.reportedTitle, r.shownInMyNextMove, r.source.line])).toEqual([
      ['Medical Records Technician', true, 2],
      ['Coder', false, 3],
    ]);
  });

  it('fails on a flag other than Y or N (n/a included), a missing column and a truncated row', () => {
    expect(errorOf(() => parseOnetReportedTitles(REP.replace('Coder\tN', 'Coder\tn/a'), FILE)).message).toBe(
      `${FILE}, line 3, column 4: expected a Shown in My Next Move flag (Y or N), found "n/a"`,
    );
    expect(errorOf(() => parseOnetReportedTitles(REP.replace('Reported Job Title', 'Job Title'), FILE)).message).toBe(
      `${FILE}, line 1, column 3: expected one each of O*NET-SOC Code, Title, Reported Job Title, Shown in My Next Move, found "Job Title"`,
    );
    expect(errorOf(() => parseOnetReportedTitles(`${REP_HEADER}\n29-2072.00\tMedical Records Specialists\tCoder`, FILE))).toMatchObject({ line: 2, column: 4, found: 'no cell (the row has 3)' });
  });
});

describe('O*NET titles on data/onet/', () => {
  const known = shippedOnetCodes();
  const alternate = parseOnetAlternateTitles(onetText('onet/alternate_titles.txt'), 'onet/alternate_titles.txt', known).records;
  const reported = parseOnetReportedTitles(onetText('onet/sample_of_reported_titles.txt'), 'onet/sample_of_reported_titles.txt', known).records;

  it('loads every line: 56,560 alternate titles and 7,796 reported ones', () => {
    expect(alternate).toHaveLength(rawOnetRows('onet/alternate_titles.txt').length);
    expect(alternate).toHaveLength(56560);
    expect(reported).toHaveLength(rawOnetRows('onet/sample_of_reported_titles.txt').length);
    expect(reported).toHaveLength(7796);
    expect(alternate.filter((t) => t.shortTitle !== null)).toHaveLength(rawOnetRows('onet/alternate_titles.txt').filter((cells) => cells[3] !== 'n/a').length);
    expect(reported.filter((t) => t.shownInMyNextMove)).toHaveLength(rawOnetRows('onet/sample_of_reported_titles.txt').filter((cells) => cells[3] === 'Y').length);
  });

  it('has the everyday titles of 29-2072.00 and the short titles RN, LPN, EMT, CNA', () => {
    const of = (code: string) => alternate.filter((t) => t.onetCode === code);
    expect(of('29-2072.00').map((t) => t.alternateTitle)).toEqual(expect.arrayContaining(['Medical Coder', 'Registered Health Information Technician (RHIT)', 'Certified Professional Coder (CPC)']));
    const short = (code: string) => of(code).map((t) => t.shortTitle);
    expect(short('29-1141.00')).toContain('RN');
    expect(short('29-2061.00')).toContain('LPN');
    expect(short('29-2042.00')).toContain('EMT');
    expect(short('31-1131.00')).toContain('CNA');
  });
});
