import { describe, expect, it } from 'vitest';
import { cleanTitle, normalizeLabel, parseEstimate, valueOf, type CellContext } from './cells';
import { errorOf } from '@/tests/unit/parse-error';

const FILE = 'oews/test_cells.csv';
const CTX: CellContext = { file: FILE, line: 7, column: 16, field: 'annual median wage' };


describe('parseEstimate: numbers as the releases print them', () => {
  it('reads space-padded cells (2007-2009)', () => {
    expect(parseEstimate('         30610', CTX)).toEqual({ kind: 'value', value: 30610 });
    expect(parseEstimate('          0.9', CTX)).toEqual({ kind: 'value', value: 0.9 });
    expect(parseEstimate('\u00a0 15.85 \u00a0', CTX)).toEqual({ kind: 'value', value: 15.85 });
  });

  it('reads thousands separators (2010: "176,090")', () => {
    expect(parseEstimate('176,090', CTX)).toEqual({ kind: 'value', value: 176090 });
    expect(parseEstimate('127,097,160', CTX)).toEqual({ kind: 'value', value: 127097160 });
    expect(parseEstimate('1,234.5', CTX)).toEqual({ kind: 'value', value: 1234.5 });
  });

  it('reads negative changes with a hyphen, an en dash or a minus sign', () => {
    expect(parseEstimate('-0.1', CTX)).toEqual({ kind: 'value', value: -0.1 });
    expect(parseEstimate('\u20134.04', CTX)).toEqual({ kind: 'value', value: -4.04 });
    expect(parseEstimate('\u22127.4', CTX)).toEqual({ kind: 'value', value: -7.4 });
    expect(parseEstimate('0', CTX)).toEqual({ kind: 'value', value: 0 });
  });
});

describe('parseEstimate: BLS markers', () => {
  it('reads * as no wage estimate and ** as no employment estimate', () => {
    expect(parseEstimate('*', CTX)).toEqual({ kind: 'missing', reason: 'wage-not-available', marker: '*' });
    expect(parseEstimate(' ** ', CTX)).toEqual({ kind: 'missing', reason: 'employment-not-available', marker: '**' });
  });

  it('reads ~ as low reporting', () => {
    expect(parseEstimate('~', CTX)).toEqual({ kind: 'missing', reason: 'low-reporting', marker: '~' });
  });

  it('reads # as top-coded at the release top code, or at an unstated one', () => {
    expect(parseEstimate('#', { ...CTX, topCode: 166400 })).toEqual({ kind: 'top-coded', atLeast: 166400 });
    expect(parseEstimate('#', { ...CTX, topCode: 80 })).toEqual({ kind: 'top-coded', atLeast: 80 });
    expect(parseEstimate('#', { ...CTX, topCode: null })).toEqual({ kind: 'top-coded', atLeast: null });
  });

  it('refuses # where the field cannot be top-coded (no topCode given)', () => {
    const error = errorOf(() => parseEstimate('#', { ...CTX, field: 'total employment' }));
    expect(error).toMatchObject({ file: FILE, line: 7, column: 16, found: '#' });
    expect(error.expected).toBe('a number or a BLS marker (*, **, #, ~, -, N/A) for total employment');
  });

  it('reads the EP top-coded wages: "> $ 166,400", "≥$166,400", ">=$239,200"', () => {
    expect(parseEstimate('> $ 166,400', CTX)).toEqual({ kind: 'top-coded', atLeast: 166400 });
    expect(parseEstimate('\u2265$166,400', CTX)).toEqual({ kind: 'top-coded', atLeast: 166400 });
    expect(parseEstimate('>=$239,200', CTX)).toEqual({ kind: 'top-coded', atLeast: 239200 });
    expect(parseEstimate('>=$187,200 ', CTX)).toEqual({ kind: 'top-coded', atLeast: 187200 });
  });

  it('reads a lone -, — or – and N/A as not published, keeping the marker', () => {
    expect(parseEstimate('-', CTX)).toEqual({ kind: 'missing', reason: 'not-published', marker: '-' });
    expect(parseEstimate('\u2014 ', CTX)).toEqual({ kind: 'missing', reason: 'not-published', marker: '\u2014' });
    expect(parseEstimate('\u2013', CTX)).toEqual({ kind: 'missing', reason: 'not-published', marker: '\u2013' });
    expect(parseEstimate('N/A', CTX)).toEqual({ kind: 'missing', reason: 'not-published', marker: 'N/A' });
    expect(parseEstimate('n/a', CTX)).toEqual({ kind: 'missing', reason: 'not-published', marker: 'n/a' });
  });

  it('reads an empty or white-space cell as blank, never 0', () => {
    expect(parseEstimate('', CTX)).toEqual({ kind: 'missing', reason: 'blank', marker: '' });
    expect(parseEstimate('    ', CTX)).toEqual({ kind: 'missing', reason: 'blank', marker: '' });
  });
});

describe('parseEstimate: cells that are neither', () => {
  it('names file, line, column, what was expected and what was found', () => {
    const error = errorOf(() => parseEstimate('30,61O', CTX));
    expect(error).toMatchObject({ file: FILE, line: 7, column: 16, found: '30,61O' });
    expect(error.expected).toBe('a number or a BLS marker (*, **, #, ~, -, N/A) for annual median wage');
    expect(error.message).toBe(`${FILE}, line 7, column 16: expected a number or a BLS marker (*, **, #, ~, -, N/A) for annual median wage, found "30,61O"`);
  });

  it.each(['12.3.4', '1,23', '$30610', '30610 (1)', '***', '--', 'NA', '>= 166,400 per year'])('refuses %j', (raw) => {
    expect(errorOf(() => parseEstimate(raw, CTX))).toMatchObject({ line: 7, column: 16, found: raw });
  });
});

describe('labels and titles', () => {
  it('normalizes header labels: case, dash variants, white space', () => {
    expect(normalizeLabel('  Employment change, numeric, 2024\u201334 ')).toBe('employment change, numeric, 2024-34');
    expect(normalizeLabel('Change, 2008\u201418')).toBe('change, 2008-18');
    expect(normalizeLabel('OCC_CODE')).toBe('occ_code');
    expect(normalizeLabel('"Occupation\nType"')).toBe('"occupation type"');
  });

  it('cleans titles: indentation (2022-32), stray spaces and crosswalk markers', () => {
    expect(cleanTitle('      Medical records specialists')).toBe('Medical records specialists');
    expect(cleanTitle('Medical Records and Health Information Technicians    ')).toBe('Medical Records and Health Information Technicians');
    expect(cleanTitle('Computer programmers (#)')).toBe('Computer programmers');
    expect(cleanTitle('Software developers (##) ')).toBe('Software developers');
    expect(cleanTitle('Nursing  aides*')).toBe('Nursing aides');
    expect(cleanTitle('Transportation Security Screeners* (federal only)')).toBe('Transportation Security Screeners (federal only)');
  });

  it('valueOf gives the number only for a value', () => {
    expect(valueOf({ kind: 'value', value: 30610 })).toBe(30610);
    expect(valueOf({ kind: 'top-coded', atLeast: 166400 })).toBeNull();
    expect(valueOf({ kind: 'missing', reason: 'wage-not-available', marker: '*' })).toBeNull();
  });
});
