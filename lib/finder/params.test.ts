import { describe, expect, it } from 'vitest';
import { finderQuery, parseFinderParams, parseFinderParamsStrict } from './params';

describe('the finder parameters', () => {
  it('reads the README example and writes it back canonically', () => {
    const { params, notices } = parseFinderParams({ group: '29', education: 'associates', min_wage: '40000', sort: '-growth' });
    expect(notices).toEqual([]);
    expect(params).toMatchObject({ groups: ['29'], education: ['associates'], minWage: 40000, sort: { key: 'growth', descending: true } });
    expect(finderQuery(params)).toBe('?group=29&education=associates&min_wage=40000&sort=-growth');
  });

  it('takes several values repeated or comma-separated, and ignores blank fields as a form sends them', () => {
    const { params, notices } = parseFinderParams({ education: ['associates', 'bachelors,masters'], q: '', min_wage: '', max_wage: '  ', min_growth: '-2.5' });
    expect(notices).toEqual([]);
    expect(params).toMatchObject({ education: ['associates', 'bachelors', 'masters'], text: '', minWage: null, maxWage: null, minGrowth: -2.5 });
  });

  it('on the page, leaves out each bad parameter with a notice and keeps the good ones', () => {
    const { params, notices } = parseFinderParams({ group: '29', min_wage: 'lots', sort: 'salary', colour: 'blue', education: 'phd' });
    expect(params.groups).toEqual(['29']);
    expect(params.minWage).toBeNull();
    expect(params.sort).toEqual({ key: 'title', descending: false });
    expect(notices).toHaveLength(4);
    expect(notices.join(' ')).toContain('education: "phd" is not an education level');
    expect(notices.join(' ')).toContain('sort: "salary" is not a column to sort by');
    expect(notices.join(' ')).toContain('The finder has no parameter "colour". It was ignored.');
  });

  it('for the CSV, any bad parameter is an error naming it', () => {
    expect(parseFinderParamsStrict({ group: '29' }).ok).toBe(true);
    const bad = parseFinderParamsStrict({ group: '99', min_growth: 'fast' });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.errors).toEqual([
      'group: "99" is not a major group (the first two digits of a SOC code, 11 to 53) (expected one of 11, 13, 15, 17, 19, 21, 23, 25, 27, 29, 31, 33, 35, 37, 39, 41, 43, 45, 47, 49, 51, 53).',
      'min_growth: "fast" is not a percent (expected e.g. 5 or -2.5).',
    ]);
    expect(parseFinderParamsStrict({ sort: ['-growth', 'wage'] })).toEqual({ ok: false, errors: ['sort: Give sort once; it was given 2 times.'] });
    expect(parseFinderParamsStrict({ min_wage: '90000', max_wage: '50000' })).toEqual({ ok: false, errors: ['The minimum wage ($90,000) is above the maximum ($50,000).'] });
  });

  it('reads the page like the other parameters: leniently on the page, strictly for the CSV; links leave page 1 out', () => {
    const { params, notices } = parseFinderParams({ group: '29', sort: '-growth', page: '2' });
    expect(notices).toEqual([]);
    expect(params.page).toBe(2);
    expect(finderQuery(params)).toBe('?group=29&sort=-growth&page=2');
    expect(finderQuery(params, { page: 1 })).toBe('?group=29&sort=-growth');
    for (const bad of ['0', '-1', 'two', '1.5']) {
      const read = parseFinderParams({ page: bad });
      expect(read.params.page).toBe(1);
      expect(read.notices).toEqual([`page: "${bad}" ${bad === '0' ? 'is not a page number (the first page is 1).' : 'is not a page number (expected 1, 2, 3 and so on).'} It was left out.`]);
    }
    expect(parseFinderParams({ page: ['2', '3'] })).toMatchObject({ params: { page: 2 }, notices: ['page: Give page once; it was given 2 times. The first was used.'] });
    expect(parseFinderParamsStrict({ group: '29', page: '3' })).toMatchObject({ ok: true, params: { page: 3 } });
    expect(parseFinderParamsStrict({ page: 'last' })).toEqual({ ok: false, errors: ['page: "last" is not a page number (expected 1, 2, 3 and so on).'] });
  });
});
