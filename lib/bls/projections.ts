import { cleanTitle, parseEstimate, SOC_CODE } from './cells';
import { isBlankRow, isNoteRow, readCsvRows, type CsvRow } from './csv-rows';
import { BlsParseError } from './errors';
import { readProjectionHeader, type ProjectionColumn, type ProjectionField } from './projection-header';
import type { Estimate, ParseResult, SkippedRow, SourceRef } from './types';

/** `2008-18` -> base 2008, target 2018. */
export function vintageYears(vintage: string): { base: number; target: number } | null {
  const m = /^(\d{4})-(\d{2})$/.exec(vintage);
  if (!m) return null;
  const base = Number(m[1]);
  const target = Math.floor(base / 100) * 100 + Number(m[2]);
  return { base, target: target > base ? target : target + 100 };
}

/** One row of one EP sheet, with the fields that sheet has. */
export interface ProjectionRow {
  socCode: string;
  title: string;
  occupationType: string | null;
  numbers: Partial<Record<NumericField, Estimate>>;
  texts: Partial<Record<TextField, string | null>>;
  source: SourceRef;
}

type NumericField = 'employmentBase' | 'employmentTarget' | 'changeNumber' | 'changePercent' | 'openings' | 'selfEmployedPct' | 'medianAnnualWage';
type TextField = 'education' | 'workExperience' | 'onTheJobTraining' | 'wageQuartile';
const NUMERIC: readonly NumericField[] = ['employmentBase', 'employmentTarget', 'changeNumber', 'changePercent', 'openings', 'selfEmployedPct', 'medianAnnualWage'];
const TEXT: readonly TextField[] = ['education', 'workExperience', 'onTheJobTraining', 'wageQuartile'];

export interface ProjectionTable extends ParseResult<ProjectionRow> {
  /** The sheet's own title, e.g. "Table 1.2 Employment by occupation, 2008 and projected 2018". */
  title: string;
  columns: ProjectionColumn[];
  /** The year of the OEWS wages in the median-wage column, read from its header. */
  wageYear: number | null;
  /** Openings as an annual average (from 2016-26) or a total over the decade (before). */
  openingsBasis: 'annual-average' | 'total-over-period' | null;
}

/** Reads one sheet of an Employment Projections "Occupation" workbook saved as CSV. */
export function parseProjectionTable(text: string, file: string, vintage: string): ProjectionTable {
  const years = vintageYears(vintage);
  if (!years) throw new BlsParseError({ file, line: 1, expected: 'a vintage folder named like 2008-18', found: vintage });
  const rows = readCsvRows(text, file);
  const header = readProjectionHeader(rows, file, years);
  const skipped: SkippedRow[] = [
    ...header.titleRows.map((r) => ({ line: r.line, reason: isBlankRow(r.cells) ? ('blank' as const) : ('title' as const) })),
    ...header.headerRows.map((r) => ({ line: r.line, reason: 'header' as const })),
  ];
  const code = header.columns.find((c) => c.field === 'socCode')!;
  const last = header.columns[header.columns.length - 1]!;
  const records: ProjectionRow[] = [];
  let footnotes = false;
  for (const row of rows.slice(header.firstDataRow)) {
    if (isBlankRow(row.cells)) {
      skipped.push({ line: row.line, reason: 'blank' });
      continue;
    }
    const socCode = (row.cells[code.index] ?? '').trim();
    if (!footnotes && SOC_CODE.test(socCode)) {
      if (row.cells.length <= last.index) {
        throw new BlsParseError({ file, line: row.line, column: row.cells.length + 1, expected: `${last.index + 1} cells, through the "${last.label}" column`, found: `${row.cells.length} cells (truncated row?)` });
      }
      records.push(toRow(row, header.columns, file));
      continue;
    }
    // After the last occupation come notes, footnotes and the source line, one cell each;
    // a fuller row is an occupation with a broken code, or data below the notes: never skipped silently.
    if (!isNoteRow(row.cells)) {
      throw new BlsParseError({ file, line: row.line, column: code.index + 1, expected: footnotes ? 'only one-cell notes below the footnotes' : 'an occupation code like 29-2071', found: socCode });
    }
    footnotes = true;
    skipped.push({ line: row.line, reason: 'footnote' });
  }
  const wage = header.columns.find((c) => c.field === 'medianAnnualWage');
  const openings = header.columns.find((c) => c.field === 'openings');
  return {
    file,
    title: header.title,
    columns: header.columns,
    records,
    skipped,
    totalRows: rows.length,
    wageYear: wage ? yearIn(wage.label) : null,
    openingsBasis: openings ? (/annual average/i.test(openings.label) ? 'annual-average' : 'total-over-period') : null,
  };
}

function toRow(row: CsvRow, columns: ProjectionColumn[], file: string): ProjectionRow {
  const get = (field: ProjectionField): { raw: string; column: number } | null => {
    const col = columns.find((c) => c.field === field);
    return col ? { raw: row.cells[col.index] ?? '', column: col.index + 1 } : null;
  };
  const numbers: ProjectionRow['numbers'] = {};
  for (const field of NUMERIC) {
    const cell = get(field);
    if (cell) numbers[field] = parseEstimate(cell.raw, { file, line: row.line, column: cell.column, field });
  }
  const texts: ProjectionRow['texts'] = {};
  for (const field of TEXT) {
    const cell = get(field);
    if (cell) texts[field] = textValue(cell.raw);
  }
  const type = get('occupationType');
  return {
    socCode: get('socCode')!.raw.trim(),
    title: cleanTitle(get('title')!.raw),
    occupationType: type ? type.raw.trim() : null,
    numbers,
    texts,
    source: { file, line: row.line },
  };
}

/** Category cells: a dash, N/A or a blank means BLS assigns none. */
function textValue(raw: string): string | null {
  const cell = raw.replace(/\s+/g, ' ').trim();
  return cell === '' || /^[-\u2010-\u2015]$/.test(cell) || /^n\/a$/i.test(cell) ? null : cell;
}

function yearIn(label: string): number | null {
  const m = /\b((?:19|20)\d{2})\b/.exec(label.replace(/\(\d+\)/g, ' '));
  return m ? Number(m[1]) : null;
}
