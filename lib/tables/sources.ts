import type { ProjectionVintage, WageRelease } from '../data/assemble';

/** Source lines name the program, the table and the release, as BLS titles them. */
export function oewsSource(release: WageRelease): string {
  return `BLS Occupational Employment and Wage Statistics (OEWS), national estimates, ${release.release} (${release.file.replace(/^.*\//, '')})`;
}

export function epSource(vintage: ProjectionVintage, which: 'employment' | 'characteristics' = 'employment'): string {
  const table = which === 'characteristics' && vintage.characteristicsTable ? vintage.characteristicsTable : vintage.employmentTable;
  return `BLS Employment Projections ${vintage.vintage}, ${tableName(table.title)}`;
}

/** "Table 1.2 Employment by occupation, 2008 and projected 2018 (Numbers in thousands)" -> "Table 1.2". */
export function tableName(title: string): string {
  return /^(Table\s*\d+\.\d+[A-Za-z]?)/i.exec(title.trim())?.[1] ?? title;
}
