import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { estimateCell, type DataTable } from './table';
import { tableToCsv } from './table-csv';

const table: DataTable = {
  id: 't',
  caption: 'Median wage, May 2024',
  columns: [
    { key: 'soc_code', label: 'SOC code', numeric: false },
    { key: 'occupation', label: 'Occupation', numeric: false, rowHeader: true },
    { key: 'median_annual_wage_usd', label: 'Median annual wage', numeric: true },
    { key: 'change_2024_2034_percent', label: 'Change (%)', numeric: true },
  ],
  rows: [
    [{ display: '29-1211', value: '29-1211' }, { display: 'Anesthesiologists', value: 'Anesthesiologists' }, estimateCell({ kind: 'top-coded', atLeast: 239200 }, 'usd'), estimateCell({ kind: 'value', value: 3.4 }, 'percent')],
    [{ display: '27-2042', value: '27-2042' }, { display: 'Musicians and singers', value: 'Musicians and singers' }, estimateCell({ kind: 'missing', reason: 'wage-not-available', marker: '*' }, 'usd'), estimateCell({ kind: 'value', value: -0.1 }, 'percent')],
    [{ display: '99-0001', value: '99-0001' }, { display: '=cmd, "quoted"', value: '=cmd, "quoted"' }, estimateCell(null, 'usd'), estimateCell({ kind: 'value', value: 20.33 }, 'percent')],
  ],
};

describe('tableToCsv', () => {
  const parsed = Papa.parse<Record<string, string>>(tableToCsv(table), { header: true, delimiter: ',', skipEmptyLines: true });

  it('writes the column keys as the header, each numeric column followed by its flag', () => {
    expect(parsed.meta.fields).toEqual([
      'soc_code', 'occupation', 'median_annual_wage_usd', 'median_annual_wage_usd_flag', 'change_2024_2034_percent', 'change_2024_2034_percent_flag',
    ]);
  });

  it('writes full-precision values, and an empty value with its reason where the page shows none', () => {
    expect(parsed.data).toEqual([
      { soc_code: '29-1211', occupation: 'Anesthesiologists', median_annual_wage_usd: '', median_annual_wage_usd_flag: 'top-coded >= 239200', change_2024_2034_percent: '3.4', change_2024_2034_percent_flag: '' },
      { soc_code: '27-2042', occupation: 'Musicians and singers', median_annual_wage_usd: '', median_annual_wage_usd_flag: 'not available (*)', change_2024_2034_percent: '-0.1', change_2024_2034_percent_flag: '' },
      { soc_code: '99-0001', occupation: `'=cmd, "quoted"`, median_annual_wage_usd: '', median_annual_wage_usd_flag: 'not in this release', change_2024_2034_percent: '20.33', change_2024_2034_percent_flag: '' },
    ]);
  });

  it('keeps the page display beside the value: 20.3% on the page, 20.33 in the file', () => {
    expect(table.rows[2]![3]!.display).toBe('20.3%');
    expect(table.rows[0]![2]!.display).toBe('≥ $239,200');
  });
});
