import { normalizeLabel, SOC_CODE } from './cells';
import type { CsvRow } from './csv-rows';
import { BlsParseError } from './errors';

/** What an EP column holds, recognised from its header text in any vintage. */
export type ProjectionField =
  | 'title' | 'socCode' | 'occupationType'
  | 'employmentBase' | 'employmentTarget' | 'changeNumber' | 'changePercent'
  | 'openings' | 'selfEmployedPct' | 'medianAnnualWage' | 'wageQuartile'
  | 'education' | 'workExperience' | 'onTheJobTraining';

export interface ProjectionColumn {
  field: ProjectionField;
  index: number;
  /** The header text the column was recognised by, rows joined with " | ". */
  label: string;
}

export interface ProjectionHeader {
  title: string;
  titleRows: CsvRow[];
  headerRows: CsvRow[];
  columns: ProjectionColumn[];
  /** Index of the first data row in the file's rows. */
  firstDataRow: number;
}

/** Columns that are read but not shown: BLS derives them from others in the same row. */
const IGNORED = [/distribution/, /occupational outlook handbook/];

/**
 * Finds the title, the (one to three) header rows and the meaning of each column of an
 * Employment Projections sheet. Header cells that span several columns in the workbook are
 * carried right until a cell in the same or a higher header row starts a new group.
 */
export function readProjectionHeader(rows: CsvRow[], file: string, years: { base: number; target: number }): ProjectionHeader {
  const firstDataRow = rows.findIndex((row) => row.cells.some((c, i) => i <= 2 && SOC_CODE.test(c.trim())));
  if (firstDataRow < 0) {
    throw new BlsParseError({ file, line: rows[rows.length - 1]?.line ?? 1, expected: 'data rows with occupation codes like 29-2071', found: rows.length === 0 ? 'an empty file' : 'none' });
  }
  const before = rows.slice(0, firstDataRow);
  const headerStart = before.findIndex((row) => row.cells.slice(1).some((c) => c.trim() !== '') || /code|title/i.test(row.cells[0] ?? ''));
  if (headerStart < 0) {
    throw new BlsParseError({ file, line: rows[firstDataRow]!.line, expected: 'a header row above the first data row', found: (rows[firstDataRow]!.cells).join(',') });
  }
  const titleRows = before.slice(0, headerStart);
  const headerRows = before.slice(headerStart);
  // The title column spans the header rows below the first, so it is blank there; text in it
  // is an occupation whose code is broken, which would otherwise be read as a header.
  const stray = headerRows.slice(1).find((row) => (row.cells[0] ?? '').trim() !== '');
  if (stray) {
    const codeIndex = rows[firstDataRow]!.cells.findIndex((c) => SOC_CODE.test(c.trim()));
    throw new BlsParseError({ file, line: stray.line, column: codeIndex + 1, expected: 'an occupation code like 29-2071', found: stray.cells[codeIndex] ?? '' });
  }
  const width = Math.max(...headerRows.map((r) => r.cells.length));
  const labels = spanLabels(headerRows, width);
  const columns: ProjectionColumn[] = [];
  labels.forEach((label, index) => {
    if (label === '') return;
    let field = classify(label, years);
    if (field === 'ignored') return;
    // "2008 National Employment Matrix title and code" spans the title and the code column.
    if (field === 'title' && /code/i.test(label) && columns.some((c) => c.field === 'title')) field = 'socCode';
    if (!field) {
      throw new BlsParseError({ file, line: headerRows[0]!.line, column: index + 1, expected: 'a known Employment Projections column (employment, change, openings, median annual wage, education ...)', found: label });
    }
    if (columns.some((c) => c.field === field)) {
      throw new BlsParseError({ file, line: headerRows[0]!.line, column: index + 1, expected: `one column for ${field}`, found: `a second one: ${label}` });
    }
    columns.push({ field, index, label });
  });
  // Before 2020-30 the code column has no header of its own: "title and code" spans both.
  if (!columns.some((c) => c.field === 'socCode')) {
    const first = rows[firstDataRow]!;
    const index = first.cells.findIndex((c) => SOC_CODE.test(c.trim()));
    const titleColumn = columns.find((c) => c.field === 'title');
    if (titleColumn && index === titleColumn.index + 1) columns.push({ field: 'socCode', index, label: titleColumn.label });
  }
  for (const required of ['title', 'socCode'] as const) {
    if (!columns.some((c) => c.field === required)) {
      throw new BlsParseError({ file, line: headerRows[0]!.line, expected: `a column for the occupation ${required === 'title' ? 'title' : 'code'}`, found: labels.join(' , ') });
    }
  }
  const title = titleRows.map((r) => r.cells.join(' ')).join(' ').replace(/\s+/g, ' ').trim();
  return { title, titleRows, headerRows, columns: columns.sort((a, b) => a.index - b.index), firstDataRow };
}

function spanLabels(headerRows: CsvRow[], width: number): string[] {
  const filled: string[][] = headerRows.map(() => Array<string>(width).fill(''));
  headerRows.forEach((row, r) => {
    let carry = '';
    for (let i = 0; i < width; i++) {
      const own = (row.cells[i] ?? '').trim();
      const startsAbove = headerRows.slice(0, r).some((above) => (above.cells[i] ?? '').trim() !== '');
      if (own !== '') carry = own;
      else if (startsAbove) carry = '';
      // The last header row names single columns (years, Number, Percent): it never spans.
      filled[r]![i] = own !== '' ? own : r < headerRows.length - 1 ? carry : '';
    }
  });
  return Array.from({ length: width }, (_, i) => filled.map((row) => row[i]).filter(Boolean).join(' | '));
}

function classify(raw: string, years: { base: number; target: number }): ProjectionField | 'ignored' | null {
  const label = normalizeLabel(raw);
  if (IGNORED.some((re) => re.test(label))) return 'ignored';
  if (/title/.test(label)) return 'title';
  if (/\bcode$/.test(label)) return 'socCode';
  if (/occupation type/.test(label)) return 'occupationType';
  if (/openings/.test(label)) return 'openings';
  if (/self.?employed/.test(label)) return 'selfEmployedPct';
  if (/quartile/.test(label)) return 'wageQuartile';
  if (/median annual wage/.test(label)) return 'medianAnnualWage';
  if (/work experience/.test(label)) return 'workExperience';
  if (/on-the-job training/.test(label)) return 'onTheJobTraining';
  if (/education/.test(label)) return 'education';
  if (/change/.test(label)) return /percent/.test(label) ? 'changePercent' : 'changeNumber';
  if (/employment/.test(label)) {
    if (label.includes(String(years.target))) return 'employmentTarget';
    if (label.includes(String(years.base))) return 'employmentBase';
  }
  return null;
}
