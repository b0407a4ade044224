import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toProjections } from './projection-merge';
import { parseProjectionTable } from './projections';
import { HOURS_PER_YEAR, topCodesFromFieldDescriptions, topCodesFromProjections } from './top-codes';

// The legend of the OEWS field descriptions, as BLS writes it (quoted, with a trailing space).
const FIELDS_2024 = [
  'Field,Field Description',
  'a_pct90,Annual 90th percentile wage',
  '*  = indicates that a wage estimate is not available',
  '**  = indicates that an employment estimate is not available',
  '"#  = indicates a wage equal to or greater than $115.00 per hour or $239,200 per year "',
  '~ =indicates that the percent of establishments reporting the occupation is less than 0.5%',
].join('\n');

function table(rows: string[], wageHeader = '"Median annual wage, dollars, 2024[1]"') {
  const text = [
    '"Table 1.2 Occupational projections, 2024\u20132034, and worker characteristics, 2024 (Employment in thousands)"',
    `title,code,Occupation type,"Employment, 2024","Employment, 2034","Employment change, numeric, 2024\u201334","Employment change, percent, 2024\u201334","Occupational openings, 2024\u201334 annual average",${wageHeader}`,
    ...rows,
  ].join('\n');
  return toProjections('2024-34', parseProjectionTable(text, 'projections/2024-34/table_1.2.csv', '2024-34'), null);
}

const CHIEF = 'Chief executives,11-1011,Line item,309.4,322.7,13.3,4.3,22.2,206420';
const SURGEONS = 'Oral and maxillofacial surgeons,29-1022,Line item,6.1,6.4,0.3,4.1,0.2,">=$239,200"';
const ORTHODONTISTS = 'Orthodontists,29-1023,Line item,5.9,6.2,0.3,4.4,0.2,">=$239,200"';

describe('topCodesFromFieldDescriptions', () => {
  it('reads the hourly and annual top codes from the # legend', () => {
    expect(topCodesFromFieldDescriptions(FIELDS_2024)).toEqual({ hourly: 115, annual: 239200 });
  });

  it('reads the 2008 wording', () => {
    const legend = '#  = indicates a wage equal to or greater than $80.00 per hour or $166,400 per year';
    expect(topCodesFromFieldDescriptions(legend)).toEqual({ hourly: 80, annual: 166400 });
  });

  it('gives null where the legend does not state a top code', () => {
    expect(topCodesFromFieldDescriptions(FIELDS_2024.replace(/^"#.*$/m, ''))).toBeNull();
    expect(topCodesFromFieldDescriptions('')).toBeNull();
  });

  it('reads the shipped May 2024 field descriptions', () => {
    const text = readFileSync(new URL('../../data/oews/field_descriptions_M2024.csv', import.meta.url), 'utf8');
    expect(topCodesFromFieldDescriptions(text)).toEqual({ hourly: 115, annual: 239200 });
  });
});

describe('topCodesFromProjections', () => {
  it('reads the one top code of a vintage median-wage column, for its wage year', () => {
    expect(topCodesFromProjections(table([CHIEF, SURGEONS, ORTHODONTISTS]))).toEqual({ year: 2024, topCodes: { annual: 239200, hourly: 115 } });
  });

  it('derives the hourly top code at 2,080 hours a year (2008: $166,400 = $80.00)', () => {
    expect(HOURS_PER_YEAR).toBe(2080);
    const top2008 = table([SURGEONS.replace('">=$239,200"', '"> $ 166,400"')], '"Median annual wages, 2008 (2)"');
    expect(topCodesFromProjections(top2008)).toEqual({ year: 2008, topCodes: { annual: 166400, hourly: 80 } });
  });

  it('gives null without a top-coded wage, with two different ones, or without a wage year', () => {
    expect(topCodesFromProjections(table([CHIEF]))).toBeNull();
    expect(topCodesFromProjections(table([SURGEONS, ORTHODONTISTS.replace('239,200', '208,000')]))).toBeNull();
    expect(topCodesFromProjections(table([SURGEONS], 'Median annual wage'))).toBeNull();
    expect(topCodesFromProjections([])).toBeNull();
  });
});
