import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { expect, type Download, type Locator } from '@playwright/test';

/** A downloaded or fetched CSV: the byte-order mark checked and dropped, then parsed in header mode. */
export function parseCsv(text: string): { fields: string[]; rows: Record<string, string>[] } {
  expect(text.charCodeAt(0), 'CSV starts with a UTF-8 byte-order mark').toBe(0xfeff);
  expect(text.endsWith('\r\n'), 'CSV lines end with CRLF').toBe(true);
  expect(text.slice(1).replace(/"[^"]*"/g, '').replace(/\r\n/g, ''), 'no bare LF or CR outside quotes').not.toMatch(/[\r\n]/);
  const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, delimiter: ',', skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return { fields: parsed.meta.fields ?? [], rows: parsed.data };
}

export async function downloadBytes(download: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function readDownload(download: Download): Promise<string> {
  return (await downloadBytes(download)).toString('utf8');
}

/** What a page table shows: header labels and each row's cells as text. */
export async function readPageTable(table: Locator): Promise<{ labels: string[]; rows: string[][] }> {
  return table.evaluate((el) => ({
    labels: [...el.querySelectorAll('thead th')].map((th) => (th.textContent ?? '').trim()),
    rows: [...el.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('th, td')].map((c) => (c.textContent ?? '').trim())),
  }));
}

/** A value column's key ends with its unit. */
export const UNIT = /_(thousands|percent|usd|usd_may_\d{4}|usd_(nominal|\d{4}_dollars)_may_\d{4}|usd_(nominal|\d{4}_dollars)|count)$/;

/**
 * A decimal text rounded half away from zero to `digits` places by digit arithmetic, never
 * through a binary float: "14.95" -> "15.0", "-2.05" -> "-2.1", "-0.04" -> "0.0". A computed
 * number is first written with 12 significant digits, as the figure it stands for.
 */
export function roundDecimal(decimal: string | number, digits: number): string {
  const text = typeof decimal === 'number' ? String(Number(decimal.toPrecision(12))) : decimal.trim();
  const m = /^(-?)(\d+)(?:\.(\d*))?$/.exec(text);
  if (!m) throw new Error(`${text} is not a plain decimal`);
  const [, sign = '', whole = '', fraction = ''] = m;
  const kept = (fraction + '0'.repeat(digits + 1)).slice(0, digits + 1);
  const units = BigInt(whole + kept.slice(0, digits)) + (Number(kept[digits]) >= 5 ? 1n : 0n);
  const s = units.toString().padStart(digits + 1, '0');
  const out = digits ? `${s.slice(0, -digits)}.${s.slice(-digits)}` : s;
  return units === 0n ? out : sign + out;
}

/**
 * How the page should show a CSV value, rounded as the page rounds it; written here
 * independently of lib/tables/format so that a formatting bug cannot hide itself.
 */
export function expectedDisplay(key: string, value: string): string {
  const n = Number(value);
  expect(Number.isFinite(n), `${key}: ${value} is a number`).toBe(true);
  if (key.endsWith('_percent')) return `${roundDecimal(value, 1)}%`;
  if (key.endsWith('_thousands')) return Math.round(n * 1000).toLocaleString('en-US');
  if (key.includes('hourly')) return `$${roundDecimal(value, 2)}`;
  return `$${Math.round(n).toLocaleString('en-US')}`;
}

/** Checks one CSV value column (and its flag) against the cell the page shows. */
export function expectCellMatches(key: string, value: string, flag: string, display: string): void {
  if (value !== '') {
    expect(flag, `${key}: a published value has no flag`).toBe('');
    expect(display, `${key}: page shows ${display}, CSV holds ${value}`).toBe(expectedDisplay(key, value));
    return;
  }
  const top = /^top-coded >= ([\d.]+)$/.exec(flag);
  if (top?.[1]) expect(display).toBe(`≥ ${expectedDisplay(key, top[1])}`);
  else if (flag.startsWith('not available (')) expect(display).toMatch(new RegExp(`^Not available: .*\\(${flag.slice('not available ('.length, -1).replace(/[*]/g, '\\*')}\\)$`));
  // An hourly-only occupation's annual cell (actors): the page gives the hourly wage instead.
  else if (flag.startsWith('hourly wage only (')) expect(display).toMatch(/^Hourly wage only: \$\d+\.\d\d an hour$/);
  else expect([flag, display], key).toEqual(['not in this release', 'Not in this release']);
}

/** Rows of a shipped OEWS national file, by occupation code (the detailed row where a code has two). */
export function oewsRows(year: number): Map<string, Record<string, string>> {
  const text = readFileSync(`data/oews/national_M${year}_dl.csv`, 'utf8');
  const { data } = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true, transformHeader: (h) => h.trim().toLowerCase() });
  const byCode = new Map<string, Record<string, string>>();
  for (const row of data) {
    const code = (row.occ_code ?? '').trim();
    const group = (row.o_group ?? row.occ_group ?? row.group ?? '').trim();
    if (!byCode.has(code) || group === 'detailed') byCode.set(code, row);
  }
  return byCode;
}

/** A raw OEWS cell as a number (thousands separators and padding dropped), or its marker. */
export function rawNumber(raw: string | undefined): number | string {
  const cell = (raw ?? '').trim().replace(/,/g, '');
  return /^-?\d+(\.\d+)?$/.test(cell) ? Number(cell) : cell;
}

const rawFiles = new Map<string, string[][]>();

/** A shipped file's raw rows, split by papaparse (titles hold commas); each file parsed once per worker. */
function rawRows(file: string): string[][] {
  let rows = rawFiles.get(file);
  if (!rows) {
    rows = Papa.parse<string[]>(readFileSync(`data/${file}`, 'utf8'), { skipEmptyLines: true }).data;
    rawFiles.set(file, rows);
  }
  return rows;
}

/** The first line of a shipped BLS file (EP or OEWS) that holds `code` in a cell, its cells trimmed. */
export function rawRow(file: string, code: string): string[] {
  const row = rawRows(file).find((r) => r.some((c) => c.trim() === code));
  if (!row) throw new Error(`${code} not in ${file}`);
  return row.map((c) => c.trim());
}

/** A CPI-U annual average as the shipped file holds it (column 14, "Annual"), split by papaparse. */
export function cpiAnnual(year: number): number {
  const row = rawRows('cpi/cpi_u_us_city_average_all_items.csv').find((r) => r[0]?.trim() === String(year));
  if (!row) throw new Error(`${year} not in the CPI-U file`);
  return Number(row[13]);
}
