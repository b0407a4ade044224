import { normalizeLabel } from './cells';
import { isBlankRow, readCsvRows, type CsvRow } from './csv-rows';
import { BlsParseError } from './errors';
import type { ParseResult, SkippedRow, SourceRef } from './types';
import { codeAt, titleAt } from './row-cells';

/** The SOC revisions BLS publishes a crosswalk between, as (older, newer). */
const REVISION_PAIRS = [
  [2000, 2010],
  [2010, 2018],
] as const;

/**
 * One link between a code of the older SOC and a code of the newer one. A code that was
 * split or merged has one link per counterpart, so codes repeat across links.
 */
export interface SocCrosswalkLink {
  fromCode: string;
  fromTitle: string;
  toCode: string;
  toTitle: string;
  fromRevision: 2000 | 2010;
  toRevision: 2010 | 2018;
  source: SourceRef;
}

export interface SocCrosswalk extends ParseResult<SocCrosswalkLink> {
  fromRevision: 2000 | 2010;
  toRevision: 2010 | 2018;
}

interface Side {
  year: number;
  code: number;
  title: number;
}

/**
 * Reads a BLS SOC crosswalk (`soc_2000_to_2010_crosswalk.csv`, `soc_2010_to_2018_crosswalk.csv`).
 * The header row is the one with two "YYYY SOC code" and two "YYYY SOC title" cells; the years
 * say which side is older. Title markers (`*`, `**`, `(#)`, `(##)`) flag split or merged codes
 * and are stripped; the repeated links already say the same thing.
 */
export function parseSocCrosswalk(text: string, file: string): SocCrosswalk {
  const rows = readCsvRows(text, file);
  const headerIndex = rows.findIndex((row) => count(row, /soc code$/) >= 2 && count(row, /soc title$/) >= 2);
  const header = rows[headerIndex];
  if (!header) {
    throw new BlsParseError({ file, line: rows[0]?.line ?? 1, expected: 'a header row with two "YYYY SOC code" and two "YYYY SOC title" columns', found: (rows[0]?.cells ?? []).join(',') || 'an empty file' });
  }
  const [from, to] = readSides(header, file);
  const pair = REVISION_PAIRS.find(([older, newer]) => older === from.year && newer === to.year);
  if (!pair) {
    throw new BlsParseError({ file, line: header.line, column: to.code + 1, expected: 'a crosswalk from 2000 to 2010 SOC or from 2010 to 2018 SOC', found: `${from.year} to ${to.year} SOC` });
  }
  const [fromRevision, toRevision] = pair;
  const skipped: SkippedRow[] = rows.slice(0, headerIndex).map((row) => ({ line: row.line, reason: isBlankRow(row.cells) ? 'blank' : 'title' }));
  skipped.push({ line: header.line, reason: 'header' });
  const records: SocCrosswalkLink[] = [];
  for (const row of rows.slice(headerIndex + 1)) {
    if (isBlankRow(row.cells)) {
      skipped.push({ line: row.line, reason: 'blank' });
    } else if (records.length > 0 && !hasCodeLikeCell(row, [from.code, to.code])) {
      // Notes under the table, if BLS adds any; before the first link such a row is an error.
      skipped.push({ line: row.line, reason: 'footnote' });
    } else {
      records.push({
        fromCode: codeAt(row, from.code, file),
        fromTitle: titleAt(row, from.title, file),
        toCode: codeAt(row, to.code, file),
        toTitle: titleAt(row, to.title, file),
        fromRevision,
        toRevision,
        source: { file, line: row.line },
      });
    }
  }
  return { file, records, skipped, totalRows: rows.length, fromRevision, toRevision };
}

function count(row: CsvRow, pattern: RegExp): number {
  return row.cells.filter((cell) => pattern.test(normalizeLabel(cell))).length;
}

/** The older and the newer side of the header, each with its code and title column. */
function readSides(header: CsvRow, file: string): [Side, Side] {
  const years = (kind: 'code' | 'title'): Map<number, number> => {
    const found = new Map<number, number>();
    header.cells.forEach((cell, index) => {
      const label = normalizeLabel(cell);
      if (!label.endsWith(`soc ${kind}`)) return;
      const year = /^(\d{4}) soc \w+$/.exec(label)?.[1];
      if (!year || found.has(Number(year))) {
        throw new BlsParseError({ file, line: header.line, column: index + 1, expected: `a SOC year before "SOC ${kind}", once per revision (e.g. "2010 SOC ${kind}")`, found: cell });
      }
      found.set(Number(year), index);
    });
    return found;
  };
  const codes = years('code');
  const titles = years('title');
  const sides = [...codes].sort(([a], [b]) => a - b).map(([year, code]): Side => {
    const title = titles.get(year);
    if (title === undefined) {
      throw new BlsParseError({ file, line: header.line, expected: `a "${year} SOC title" column beside "${year} SOC code"`, found: header.cells.join(',') });
    }
    return { year, code, title };
  });
  const [older, newer] = sides;
  if (!older || !newer || sides.length !== 2 || titles.size !== 2) {
    throw new BlsParseError({ file, line: header.line, expected: 'exactly two SOC revisions, each with a code and a title column', found: header.cells.join(',') });
  }
  return [older, newer];
}

/** A code column holding something that starts like a code: a data row, even if the code is malformed. */
function hasCodeLikeCell(row: CsvRow, columns: number[]): boolean {
  return columns.some((column) => /^\d/.test((row.cells[column] ?? '').trim()));
}

