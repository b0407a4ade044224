import { normalizeLabel } from './cells';
import { isBlankRow, readCsvRows, type CsvRow } from './csv-rows';
import { BlsParseError } from './errors';
import type { ParseResult, SkippedRow, SourceRef } from './types';
import { codeAt, titleAt } from './row-cells';

/**
 * One row of the OEWS May 2019/2020 hybrid structure: a code OEWS published estimates under,
 * linked to one 2018 SOC, OES 2018 and 2010 SOC code. A hybrid code that combines several
 * occupations (29-2098 holds 29-2071 among others) has one row per link.
 */
export interface OewsHybridLink {
  oewsCode: string;
  oewsTitle: string;
  soc2018Code: string;
  soc2018Title: string;
  oes2018Code: string;
  oes2018Title: string;
  soc2010Code: string;
  soc2010Title: string;
  /** BLS's NOTES cell ("Hybrid (code & title)", "Title change only"...), null where blank. */
  note: string | null;
  source: SourceRef;
}

type Column = Exclude<keyof OewsHybridLink, 'source'>;

/** Header labels by meaning, after normalizeLabel ("2018 SOC Code " -> "2018 soc code"). */
const COLUMNS: Record<Column, RegExp> = {
  oewsCode: /^oew?s 2019 (?:estimates )?code$/,
  oewsTitle: /^oew?s 2019 (?:estimates )?title$/,
  soc2018Code: /^2018 soc code$/,
  soc2018Title: /^2018 soc title$/,
  oes2018Code: /^oew?s 2018 (?:estimates )?code$/,
  oes2018Title: /^oew?s 2018 (?:estimates )?title$/,
  soc2010Code: /^2010 soc code$/,
  soc2010Title: /^2010 soc title$/,
  note: /^notes?$/,
};

const CODE_COLUMNS = ['oewsCode', 'soc2018Code', 'oes2018Code', 'soc2010Code'] as const;
type TitleColumn = 'oewsTitle' | 'soc2018Title' | 'oes2018Title' | 'soc2010Title';

/**
 * Reads `oes_2019_hybrid_structure.csv`. The header is the first row with two or more known
 * code columns (the explanatory lines above it are skipped as titles); titles lose their stray
 * spaces. Rows with no NOTES cell at all are common in the file and read as a null note.
 */
export function parseOewsHybridStructure(text: string, file: string): ParseResult<OewsHybridLink> {
  const rows = readCsvRows(text, file);
  const isCodeLabel = (cell: string) => CODE_COLUMNS.some((key) => COLUMNS[key].test(normalizeLabel(cell)));
  const headerIndex = rows.findIndex((row) => row.cells.filter(isCodeLabel).length >= 2);
  const header = rows[headerIndex];
  if (!header) {
    throw new BlsParseError({ file, line: rows[0]?.line ?? 1, expected: 'a header row with "OES 2019 Estimates Code", "2018 SOC Code", "OES 2018 Estimates Code" and "2010 SOC Code" columns', found: (rows[0]?.cells ?? []).join(',') || 'an empty file' });
  }
  const columns = mapColumns(header, file);
  const skipped: SkippedRow[] = rows.slice(0, headerIndex).map((row) => ({ line: row.line, reason: isBlankRow(row.cells) ? 'blank' : 'title' }));
  skipped.push({ line: header.line, reason: 'header' });
  const records: OewsHybridLink[] = [];
  for (const row of rows.slice(headerIndex + 1)) {
    if (isBlankRow(row.cells)) {
      skipped.push({ line: row.line, reason: 'blank' });
      continue;
    }
    const codeLike = CODE_COLUMNS.some((key) => /^\d/.test((row.cells[columns[key]] ?? '').trim()));
    if (records.length > 0 && !codeLike) {
      skipped.push({ line: row.line, reason: 'footnote' });
      continue;
    }
    const code = (key: (typeof CODE_COLUMNS)[number]) => codeAt(row, columns[key], file, '29-2098');
    const title = (key: TitleColumn) => titleAt(row, columns[key], file);
    const note = columns.note < 0 ? '' : (row.cells[columns.note] ?? '').trim();
    records.push({
      oewsCode: code('oewsCode'),
      oewsTitle: title('oewsTitle'),
      soc2018Code: code('soc2018Code'),
      soc2018Title: title('soc2018Title'),
      oes2018Code: code('oes2018Code'),
      oes2018Title: title('oes2018Title'),
      soc2010Code: code('soc2010Code'),
      soc2010Title: title('soc2010Title'),
      note: note === '' ? null : note,
      source: { file, line: row.line },
    });
  }
  return { file, records, skipped, totalRows: rows.length };
}

/** Column index of each field; `note` is -1 when the file has no NOTES column. */
function mapColumns(header: CsvRow, file: string): Record<Column, number> {
  const found: Partial<Record<Column, number>> = {};
  const keys = Object.keys(COLUMNS) as Column[];
  header.cells.forEach((cell, index) => {
    const label = normalizeLabel(cell);
    if (label === '') return;
    const key = keys.find((k) => COLUMNS[k].test(label));
    if (!key || found[key] !== undefined) {
      throw new BlsParseError({ file, line: header.line, column: index + 1, expected: 'one each of the hybrid structure columns (OES 2019 Estimates Code/Title, 2018 SOC Code/Title, OES 2018 Estimates Code/Title, 2010 SOC Code/Title, NOTES)', found: cell });
    }
    found[key] = index;
  });
  const columns = { note: -1 } as Record<Column, number>;
  for (const key of keys) {
    const index = found[key];
    if (index !== undefined) columns[key] = index;
    else if (key !== 'note') {
      throw new BlsParseError({ file, line: header.line, expected: `a column matching ${COLUMNS[key].source} (${key})`, found: header.cells.join(',') });
    }
  }
  return columns;
}

