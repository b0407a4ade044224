import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { getDataset } from '../data/get-dataset';
import { continuation, getLineage } from '../lineage/lineage';
import { markedTitles, oewsReleaseTable, titleMarkerNote } from './tables';

const dataset = getDataset();
const release = (year: number) => dataset.wageReleases.find((r) => r.year === year)!;

/** OCC_TITLE of every row of a shipped OEWS file, in file order, read here with papaparse on its own. */
function rawTitles(year: number): string[] {
  const { data } = Papa.parse<Record<string, string>>(readFileSync(`data/oews/national_M${year}_dl.csv`, 'utf8'), { header: true, skipEmptyLines: true, transformHeader: (h) => h.trim().toLowerCase() });
  return data.map((r) => (r.occ_title ?? '').trim());
}

describe('OEWS release CSVs keep titles as published', () => {
  for (const year of [2010, 2011]) {
    it(`May ${year}: every occupation cell is the file's OCC_TITLE, BLS's asterisks included`, () => {
      const table = oewsReleaseTable(release(year));
      const column = table.columns.findIndex((c) => c.key === 'occupation');
      const raw = rawTitles(year);
      expect(table.rows.map((r) => r[column]!.value)).toEqual(raw);
      // 23 titles end in the asterisk ("…, All Other*"); one carries it before a note ("Screeners* (federal only)").
      expect(raw.filter((t) => /\*\s*$/.test(t))).toHaveLength(23);
      expect(raw.filter((t) => t.includes('*'))).toHaveLength(24);
      expect(markedTitles(release(year))).toHaveLength(24);
    });
  }

  it('the pages show the title without the asterisk; the CSV keeps it', () => {
    const nurses = release(2010).estimates.find((e) => e.socCode === '29-1111')!;
    expect(nurses.publishedTitle).toBe('Registered Nurses*');
    expect(nurses.title).toBe('Registered Nurses');
    const screeners = release(2011).estimates.find((e) => e.socCode === '33-9093')!;
    expect(screeners.publishedTitle).toBe('Transportation Security Screeners* (federal only)');
    expect(screeners.title).toBe('Transportation Security Screeners (federal only)');
    for (const r of dataset.wageReleases.filter((x) => x.year !== 2010 && x.year !== 2011)) expect(markedTitles(r), r.release).toEqual([]);
  });

  it('says exactly what is removed where, and why, from the releases that have the asterisk', () => {
    expect(titleMarkerNote(dataset.wageReleases)).toBe(
      'OEWS titles are kept as BLS published them, with the asterisk BLS put on 24 titles in May 2010 and 24 titles in May 2011 (for example “Human Resources, Training, and Labor Relations Specialists, All Other*”, 13-1078). '
      + 'Everywhere else this site shows those titles without the asterisk (“Human Resources, Training, and Labor Relations Specialists, All Other”). '
      + 'The BLS files shipped here do not define that asterisk (their field descriptions define only the *, **, # and ~ of number cells); '
      + 'every code it marks is one the 2000 to 2010 SOC crosswalk splits or merges, or an OEWS-only code in neither SOC, so its figures may not compare with those of other years.',
    );
    expect(titleMarkerNote([release(2012)])).toBeNull();
  });

  it('the reason given holds for every marked code: not one to one across 2000 -> 2010 SOC, or in no SOC', () => {
    const lineage = getLineage(dataset);
    for (const year of [2010, 2011]) {
      for (const { socCode } of markedTitles(release(year))) {
        const classes = lineage.classificationsOf(socCode).filter((c) => c === 'soc2000' || c === 'soc2010');
        const changes = [lineage.change(socCode, 'soc2000-soc2010', 'forward'), lineage.change(socCode, 'soc2000-soc2010', 'backward')].filter((c) => c != null);
        const oneToOne = changes.length > 0 && changes.every((c) => continuation(c) != null);
        expect(classes.length === 0 || (changes.length > 0 && !oneToOne), `${socCode} in May ${year}`).toBe(true);
      }
    }
  });
});
