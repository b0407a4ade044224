import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BlsParseError } from '@/lib/bls/errors';
import type { Estimate } from '@/lib/bls/types';
import { assembleDataset, type Dataset } from '@/lib/data/assemble';
import { DATA_DIR, getDataset, readDataFiles } from '@/lib/data/get-dataset';
import { splitLine } from '@/tests/unit/raw-csv';
import { rawOnetRows } from '@/tests/unit/onet-files';

// Files under data/ that are not tables of records: the OEWS column dictionary (read only for
// its top-code legend), each EP workbook's sheet list, and O*NET's licence README.
const NOT_TABLES = [/^oews\/field_descriptions_M\d{4}\.csv$/, /^oews\/field_descriptions\/oesm\d{2}st_field_descriptions\.csv$/, /^projections\/\d{4}-\d{2}\/index\.csv$/, /^onet\/READ_ME\.txt$/];

function listDataFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir).sort().flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return listDataFiles(full, `${prefix}${name}/`);
    return /\.(csv|txt)$/i.test(name) ? [`${prefix}${name}`] : [];
  });
}

/** The cells of the raw line of `file` that carries `code`, split without the app's CSV reader. */
function rawRow(file: string, code: string): { line: number; cells: string[] } {
  const lines = readFileSync(path.join(DATA_DIR, file), 'utf8').split(/\r?\n/);
  const index = lines.findIndex((text) => splitLine(text).some((c) => c.trim() === code));
  if (index < 0) throw new Error(`${code} not found in ${file}`);
  return { line: index + 1, cells: splitLine(lines[index]!) };
}


const rawNumber = (cell: string | undefined): number => Number((cell ?? '').trim().replace(/,/g, ''));
const value = (n: number): Estimate => ({ kind: 'value', value: n });

const dataset = getDataset();
const release = (year: number) => dataset.wageReleases.find((r) => r.year === year)!;
const wage = (year: number, code: string) => release(year).estimates.find((e) => e.socCode === code && e.level !== 'broad')!;
const projection = (vintage: string, code: string) => dataset.projectionVintages.find((v) => v.vintage === vintage)!.projections.find((p) => p.socCode === code)!;

describe('(a) every row of every shipped table is accounted for', () => {
  it('accounts for each table file exactly once', () => {
    const tables = listDataFiles(DATA_DIR).filter((f) => !NOT_TABLES.some((re) => re.test(f)));
    // 18 OEWS releases, 22 EP tables, 2 crosswalks, the hybrid structure, CPI, 10 O*NET tables.
    expect(tables.length).toBe(18 + 22 + 4 + 10);
    expect(dataset.accounts.map((a) => a.file).sort()).toEqual(tables.sort());
  });

  it('records + skipped rows = rows in the file, and every skipped row has a line and a reason', () => {
    for (const account of dataset.accounts) {
      expect(account.records + account.skipped.length, account.file).toBe(account.totalRows);
      expect(account.records, account.file).toBeGreaterThan(0);
      const lines = account.skipped.map((s) => s.line);
      expect(new Set(lines).size, account.file).toBe(lines.length);
      for (const row of account.skipped) {
        expect(['title', 'header', 'footnote', 'blank', 'incomplete-year'], `${account.file}:${row.line}`).toContain(row.reason);
        expect(row.line, account.file).toBeGreaterThanOrEqual(1);
      }
    }
  });

  it('skips only the header (and blank lines) of OEWS files, and only title/header/footnote/blank rows of EP tables', () => {
    for (const account of dataset.accounts) {
      if (account.file.startsWith('oews/')) {
        expect(account.skipped.filter((s) => s.reason !== 'blank'), account.file).toEqual([{ line: 1, reason: 'header' }]);
      } else if (account.file.startsWith('projections/')) {
        const reasons = new Set(account.skipped.map((s) => s.reason));
        expect([...reasons].every((r) => ['title', 'header', 'footnote', 'blank'].includes(r)), account.file).toBe(true);
        expect(account.skipped[0], account.file).toEqual({ line: 1, reason: 'title' });
      }
    }
  });

  it('loads each account row into the dataset', () => {
    for (const r of dataset.wageReleases) expect(r.estimates.length).toBe(dataset.accounts.find((a) => a.file === r.file)!.records);
    for (const v of dataset.projectionVintages) expect(v.projections.length).toBe(dataset.accounts.find((a) => a.file === v.employmentTable.file)!.records);
    expect(dataset.wageReleases.map((r) => r.year)).toEqual(Array.from({ length: 18 }, (_, i) => 2007 + i));
  });
});

describe('(a) every row of every O*NET table is accounted for', () => {
  // Data rows per file as /work/shared/bls/README.md ("../onet/") counts them.
  const README_ROWS: Record<string, number> = {
    'onet/occupation_data.txt': 1016,
    'onet/task_statements.txt': 18796,
    'onet/alternate_titles.txt': 56560,
    'onet/sample_of_reported_titles.txt': 7796,
    'onet/job_zones.txt': 923,
    'onet/job_zone_reference.txt': 5,
    'onet/technology_skills.txt': 32681,
    'onet/education_training_experience.txt': 36209,
    'onet/education_training_experience_categories.txt': 41,
    'onet/related_occupations.txt': 18460,
  };
  const onetAccounts = dataset.accounts.filter((a) => a.file.startsWith('onet/'));

  it('loads every line after the header of each O*NET file, as many as the README counts, and skips only the header', () => {
    expect(onetAccounts.map((a) => a.file).sort()).toEqual(Object.keys(README_ROWS).sort());
    for (const account of onetAccounts) {
      expect(account.skipped, account.file).toEqual([{ line: 1, reason: 'header' }]);
      expect(account.records, account.file).toBe(rawOnetRows(account.file).length);
      expect(account.records, account.file).toBe(README_ROWS[account.file]);
    }
  });

  it('keeps each loaded row in dataset.onet', () => {
    const onet = dataset.onet!;
    const kept: Record<string, number> = {
      'onet/occupation_data.txt': onet.occupations.length,
      'onet/task_statements.txt': onet.tasks.length,
      'onet/alternate_titles.txt': onet.alternateTitles.length,
      'onet/sample_of_reported_titles.txt': onet.reportedTitles.length,
      'onet/job_zones.txt': onet.jobZones.length,
      'onet/job_zone_reference.txt': onet.jobZoneReference.length,
      'onet/technology_skills.txt': onet.technologySkills.length,
      'onet/education_training_experience.txt': onet.educationTrainingExperience.length,
      'onet/education_training_experience_categories.txt': onet.educationCategories.length,
      'onet/related_occupations.txt': dataset.related!.links.length,
    };
    for (const account of onetAccounts) expect(kept[account.file], account.file).toBe(account.records);
    expect([...onet.occupationsBySoc.values()].flat()).toEqual(onet.occupations);
  });

  it('keeps each row at its line, with its code', () => {
    const onet = dataset.onet!;
    const tables = [onet.occupations, onet.tasks, onet.alternateTitles, onet.reportedTitles, onet.jobZones, onet.technologySkills, onet.educationTrainingExperience];
    for (const records of tables) {
      const file = records[0]!.source.file;
      const raw = rawOnetRows(file);
      records.forEach((r, i) => {
        if (r.source.line !== i + 2 || r.onetCode !== raw[i]![0]) expect({ file, line: r.source.line, onetCode: r.onetCode }).toEqual({ file, line: i + 2, onetCode: raw[i]![0] });
      });
    }
  });
});

describe('(b) values survive parsing', () => {
  it('29-2071 in EP 2008-18 (Table 1.2 with Table 1.6)', () => {
    expect(projection('2008-18', '29-2071')).toMatchObject({
      employmentBase: value(172.5), employmentTarget: value(207.6), changePercent: value(20.33), openings: value(70.3),
      medianAnnualWage: value(30610), wageYear: 2008, education: 'Associate degree', level: 'detailed',
      characteristicsSource: { file: 'projections/2008-18/table_1.6.csv', line: 391 },
    });
  });

  it('29-2071 in OEWS May 2008', () => {
    const e = wage(2008, '29-2071');
    expect([e.annual.median, e.annual.pct10, e.annual.pct90, e.employment]).toEqual([value(30610), value(20440), value(50060), value(168650)]);
    const raw = rawRow('oews/national_M2008_dl.csv', '29-2071');
    expect(e.source.line).toBe(raw.line);
    expect([15, 13, 17, 3].map((i) => rawNumber(raw.cells[i]))).toEqual([30610, 20440, 50060, 168650]);
  });

  it('a top-coded OEWS cell (#): 11-0000 a_pct90 in 2008 and 2024', () => {
    const raw08 = rawRow('oews/national_M2008_dl.csv', '11-0000');
    expect([raw08.cells[17], raw08.cells[12]]).toEqual(['#', '#']);
    expect(wage(2008, '11-0000').annual.pct90).toEqual({ kind: 'top-coded', atLeast: 166400 });
    expect(wage(2008, '11-0000').hourly.pct90).toEqual({ kind: 'top-coded', atLeast: 80 });
    const raw24 = rawRow('oews/national_M2024_dl.csv', '11-0000');
    expect(raw24.cells[29]).toBe('#');
    expect(wage(2024, '11-0000').annual.pct90).toEqual({ kind: 'top-coded', atLeast: 239200 });
    expect(release(2024).topCodeSource).toBe('oews/field_descriptions_M2024.csv');
  });

  it('a * cell: hourly wages of an annual-only job (2008) and annual wages of an hourly-only one (2024)', () => {
    const raw08 = rawRow('oews/national_M2008_dl.csv', '11-9032');
    expect([raw08.cells[10], raw08.cells[18]]).toEqual(['*', 'TRUE']);
    expect(wage(2008, '11-9032')).toMatchObject({ annualOnly: true, hourlyOnly: false, annual: { median: value(rawNumber(raw08.cells[15])) } });
    expect(wage(2008, '11-9032').hourly.median).toEqual({ kind: 'missing', reason: 'wage-not-available', marker: '*' });
    const raw24 = rawRow('oews/national_M2024_dl.csv', '27-2011');
    expect([raw24.cells[27], raw24.cells[31], rawNumber(raw24.cells[22])]).toEqual(['*', 'TRUE', 23.33]);
    expect(wage(2024, '27-2011')).toMatchObject({ hourlyOnly: true, annual: { median: { kind: 'missing', reason: 'wage-not-available' } }, hourly: { median: value(23.33) } });
  });

  it('thousands separators in OEWS May 2010', () => {
    const raw = rawRow('oews/national_M2010_dl.csv', '29-2071');
    expect([raw.cells[3], raw.cells[15]]).toEqual(['176,090', '32,350']);
    expect(wage(2010, '29-2071')).toMatchObject({ employment: value(176090), annual: { median: value(32350) }, source: { line: raw.line } });
  });

  it('the 2019 hybrid code 29-2098, in OEWS May 2019 and EP 2019-29', () => {
    const raw = rawRow('oews/national_M2019_dl.csv', '29-2098');
    expect(wage(2019, '29-2098')).toMatchObject({ employment: value(rawNumber(raw.cells[10])), annual: { median: value(rawNumber(raw.cells[25])) }, source: { line: raw.line } });
    expect(wage(2019, '29-2098').annual.median).toEqual(value(42630));
    expect(release(2019).estimates.some((e) => e.socCode === '29-2071')).toBe(false);
    expect(projection('2019-29', '29-2098')).toMatchObject({ employmentBase: value(341.6), medianAnnualWage: value(42630), wageYear: 2019 });
  });

  it('29-2072 in OEWS May 2024 and EP 2024-34', () => {
    const raw = rawRow('oews/national_M2024_dl.csv', '29-2072');
    expect(wage(2024, '29-2072')).toMatchObject({ employment: value(rawNumber(raw.cells[11])), annual: { median: value(rawNumber(raw.cells[27])) } });
    expect(wage(2024, '29-2072').employment).toEqual(value(187910));
    const ep = rawRow('projections/2024-34/table_1.2.csv', '29-2072');
    expect(projection('2024-34', '29-2072')).toMatchObject({
      title: 'Medical records specialists', employmentBase: value(rawNumber(ep.cells[3])), employmentTarget: value(rawNumber(ep.cells[4])),
      changePercent: value(rawNumber(ep.cells[8])), openings: value(rawNumber(ep.cells[10])), medianAnnualWage: value(50250), source: { line: ep.line },
    });
  });

  it('an EP — cell and an EP top-coded wage (>=$239,200) in 2024-34', () => {
    const legislators = rawRow('projections/2024-34/table_1.2.csv', '11-1031');
    expect(legislators.cells[9]).toBe('\u2014');
    expect(projection('2024-34', '11-1031').selfEmployedPct).toEqual({ kind: 'missing', reason: 'not-published', marker: '\u2014' });
    const surgeons = rawRow('projections/2024-34/table_1.2.csv', '29-1022');
    expect(surgeons.cells[11]).toBe('>=$239,200');
    expect(projection('2024-34', '29-1022').medianAnnualWage).toEqual({ kind: 'top-coded', atLeast: 239200 });
  });

  it('older EP spellings: ≥$166,400 (2010-20), the May 2016 wage year of 2014-24, negative changes (2021-31)', () => {
    expect(rawRow('projections/2010-20/table_1.7.csv', '29-1022').cells[8]).toBe('\u2265$166,400');
    expect(projection('2010-20', '29-1022').medianAnnualWage).toEqual({ kind: 'top-coded', atLeast: 166400 });
    expect(dataset.projectionVintages.find((v) => v.vintage === '2014-24')?.wageYear).toBe(2016);
    const chief = rawRow('projections/2021-31/table_1.2.csv', '11-1011');
    expect([chief.cells[7], chief.cells[8]]).toEqual(['-20.6', '-7.3']);
    expect(projection('2021-31', '11-1011')).toMatchObject({ changeNumber: value(-20.6), changePercent: value(-7.3), source: { line: chief.line } });
  });
});

describe('(c) a broken file stops the whole load, naming the file', () => {
  const copy = mkdtempSync(path.join(tmpdir(), 'bls-data-'));
  cpSync(DATA_DIR, copy, { recursive: true });
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  function loadBroken(file: string, breakText: (text: string) => string | Buffer): BlsParseError {
    const full = path.join(copy, file);
    const original = readFileSync(full);
    writeFileSync(full, breakText(original.toString('utf8')));
    let loaded: Dataset | undefined;
    try {
      loaded = assembleDataset(readDataFiles(copy));
    } catch (error) {
      if (error instanceof BlsParseError) return error;
      throw error;
    } finally {
      writeFileSync(full, original);
    }
    throw new Error(`a partial dataset was built with ${loaded.wageReleases.length} releases`);
  }

  it('a projections table truncated mid-row', () => {
    const file = 'projections/2016-26/table_1.7.csv';
    const error = loadBroken(file, (text) => text.slice(0, text.indexOf('206.3,234.1,') + '206.3,234.1,'.length));
    expect(error).toMatchObject({ file, line: 461, column: 7, found: '6 cells (truncated row?)' });
  });

  it('a replaced header cell', () => {
    const file = 'oews/national_M2012_dl.csv';
    const error = loadBroken(file, (text) => text.replace('A_MEDIAN', 'A_MEDIAN_WAGE'));
    expect(error).toMatchObject({ file, line: 1, column: 16, found: 'A_MEDIAN_WAGE' });
  });

  it('inserted binary garbage', () => {
    const file = 'projections/2021-31/table_1.2.csv';
    const error = loadBroken(file, (text) => {
      const at = text.indexOf('Chief executives');
      return Buffer.concat([Buffer.from(text.slice(0, at)), Buffer.from([0x00, 0xff, 0xfe, 0x00, 0x89, 0x50]), Buffer.from(text.slice(at))]);
    });
    expect(error).toMatchObject({ file, line: 6, column: 1, found: 'a NUL byte (binary data)' });
  });

  it('an O*NET file truncated mid-row', () => {
    const file = 'onet/task_statements.txt';
    const error = loadBroken(file, (text) => text.slice(0, text.indexOf('\tCore\t95\t08/2023') + '\tCore'.length));
    expect(error.message).toBe(`${file}, line 2, column 6: expected 8 tab-separated cells, as in the header, found "no cell (the row has 5)"`);
  });

  it('an O*NET table whose code occupation_data.txt does not list', () => {
    const file = 'onet/alternate_titles.txt';
    const error = loadBroken(file, (text) => text.replace('29-2072.00\tMedical Records Specialists\tMedical Coder\t', '29-2071.00\tMedical Records Specialists\tMedical Coder\t'));
    expect(error).toMatchObject({ file, column: 1, expected: 'an O*NET-SOC code listed in onet/occupation_data.txt', found: '29-2071.00' });
    expect(error.line).toBe(rawOnetRows(file).findIndex((cells) => cells[0] === '29-2072.00' && cells[2] === 'Medical Coder') + 2);
  });

  it('loads the untouched copy', () => {
    expect(assembleDataset(readDataFiles(copy)).accounts).toHaveLength(dataset.accounts.length);
  });
});

describe('(d) a new release under the same naming is picked up with no code change', () => {
  it('adds OEWS May 2025 and EP 2025-35', () => {
    const files = new Map(readDataFiles());
    files.set('oews/national_M2025_dl.csv', files.get('oews/national_M2024_dl.csv')!);
    const table = files.get('projections/2024-34/table_1.2.csv')!;
    files.set('projections/2025-35/table_1.2.csv', table.replace(/\b2024\b/g, '2025').replace(/\b2034\b/g, '2035').replace(/2025\u201334/g, '2025\u201335'));
    const next = assembleDataset(files);
    expect(next.wageReleases.at(-1)).toMatchObject({ year: 2025, release: 'May 2025', file: 'oews/national_M2025_dl.csv' });
    expect(next.wageReleases.at(-1)?.estimates).toHaveLength(1403);
    const vintage = next.projectionVintages.at(-1)!;
    expect(vintage).toMatchObject({ vintage: '2025-35', baseYear: 2025, targetYear: 2035, wageYear: 2025 });
    expect(vintage.projections.find((p) => p.socCode === '29-2072')).toMatchObject({ baseYear: 2025, targetYear: 2035, employmentBase: value(194.8) });
  });

  it('refuses a verbatim copy whose headers name other years than its folder', () => {
    const files = new Map(readDataFiles());
    files.set('projections/2025-35/table_1.2.csv', files.get('projections/2024-34/table_1.2.csv')!);
    let error: unknown;
    try {
      assembleDataset(files);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(BlsParseError);
    expect(error).toMatchObject({ file: 'projections/2025-35/table_1.2.csv', line: 2, column: 4, found: 'Employment, 2024' });
  });
});
