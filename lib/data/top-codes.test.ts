import { describe, expect, it } from 'vitest';
import { assembleDataset } from './assemble';
import { readDataFiles } from './get-dataset';

const files = readDataFiles();
const dataset = assembleDataset(files);

/** The `#` note of each May's field descriptions (state packages to 2018), as BLS words it. */
const STATED: Record<number, [hourly: number, annual: number]> = {
  2007: [70, 145600],
  2008: [80, 166400], 2009: [80, 166400], 2010: [80, 166400],
  2011: [90, 187200], 2012: [90, 187200], 2013: [90, 187200], 2014: [90, 187200], 2015: [90, 187200],
  2016: [100, 208000], 2017: [100, 208000], 2018: [100, 208000],
};

describe('OEWS top codes', () => {
  it('every release from May 2007 to May 2024 states its top code, and says where it was read', () => {
    for (const r of dataset.wageReleases) {
      expect(r.topCodes.annual, `May ${r.year}`).not.toBeNull();
      expect(r.topCodes.hourly, `May ${r.year}`).not.toBeNull();
      expect(r.topCodeSource, `May ${r.year}`).not.toBeNull();
      // OEWS annualises at 2,080 hours, so the two codes agree.
      expect(r.topCodes.annual, `May ${r.year}`).toBeCloseTo(r.topCodes.hourly! * 2080, 6);
    }
    expect(dataset.wageReleases.map((r) => r.year)).toEqual(Array.from({ length: 18 }, (_, i) => 2007 + i));
  });

  it('May 2007–2018 come from the field descriptions of the same May, with the amounts their "#" note states', () => {
    for (const [year, [hourly, annual]] of Object.entries(STATED)) {
      const r = dataset.wageReleases.find((x) => x.year === Number(year))!;
      const source = `oews/field_descriptions/oesm${year.slice(2)}st_field_descriptions.csv`;
      expect(r.topCodeSource, year).toBe(source);
      expect(files.get(source), year).toMatch(new RegExp(`#\\s*=[^"]*\\$${hourly}\\.00 per hour or \\$${annual.toLocaleString('en-US')} per year`));
      expect(r.topCodes, year).toEqual({ hourly, annual });
    }
  });

  it('without the dictionaries, a release whose other files do not state it has no top code (null, never a guess)', () => {
    const without = new Map([...files].filter(([path]) => !path.startsWith('oews/field_descriptions/')));
    const d = assembleDataset(without);
    const may2007 = d.wageReleases.find((r) => r.year === 2007)!;
    expect(may2007.topCodes).toEqual({ annual: null, hourly: null });
    expect(may2007.topCodeSource).toBeNull();
  });
});
