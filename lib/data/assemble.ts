import { BlsParseError } from '@/lib/bls/errors';
import { parseOewsNational, type TopCodes, type WageEstimate } from '@/lib/bls/oews';
import { toProjections, type Projection } from '@/lib/bls/projection-merge';
import { parseProjectionTable, vintageYears, type ProjectionTable } from '@/lib/bls/projections';
import { topCodesFromFieldDescriptions, topCodesFromProjections } from '@/lib/bls/top-codes';
import type { SkippedRow } from '@/lib/bls/types';
import { parseSocCrosswalk, type SocCrosswalk } from '@/lib/bls/soc-crosswalk';
import { parseOewsHybridStructure, type OewsHybridLink } from '@/lib/bls/oews-hybrid';
import { parseCpiAnnual, type CpiAnnualSeries } from '@/lib/bls/cpi';
import { parseOnetRelated, type RelatedOccupation } from '@/lib/bls/onet-related';
import { assembleOnet, type OnetData } from './assemble-onet';

/** A data file's path under data/ (forward slashes) and its text. */
export type DataFiles = ReadonlyMap<string, string>;

export interface FileAccount {
  file: string;
  totalRows: number;
  records: number;
  skipped: SkippedRow[];
}

export interface WageRelease {
  /** The reference year: estimates are for May of it. */
  year: number;
  release: string;
  file: string;
  estimates: WageEstimate[];
  topCodes: TopCodes;
  /** Where the top code was read, or null where the shipped data does not state it. */
  topCodeSource: string | null;
}

export interface ProjectionVintage {
  vintage: string;
  baseYear: number;
  targetYear: number;
  employmentTable: { file: string; title: string };
  characteristicsTable: { file: string; title: string } | null;
  wageYear: number | null;
  projections: Projection[];
}

export interface Dataset {
  wageReleases: WageRelease[];
  projectionVintages: ProjectionVintage[];
  /** SOC 2000->2010 and 2010->2018 crosswalks, oldest first. */
  crosswalks: SocCrosswalk[];
  /** The codes OEWS used in May 2019 and 2020, linked to SOC 2010 and 2018. */
  oewsHybrid: { file: string; links: OewsHybridLink[] } | null;
  cpi: CpiAnnualSeries | null;
  /** O*NET related occupations (2018 SOC codes). */
  related: { file: string; links: RelatedOccupation[] } | null;
  /** The other O*NET tables (descriptions, tasks, titles, Job Zones, education, technology); read through lib/data/onet.ts. */
  onet: OnetData | null;
  /** Every file read, with what became of each of its rows. */
  accounts: FileAccount[];
}

const OEWS_FILE = /^oews\/national_M(\d{4})_dl\.csv$/;
const FIELD_DESCRIPTIONS = /^oews\/field_descriptions_M(\d{4})\.csv$/;
/** The May 2005–2018 dictionaries BLS shipped with the state files: same markers and top code as the national file. */
const STATE_FIELD_DESCRIPTIONS = /^oews\/field_descriptions\/oesm(\d{2})st_field_descriptions\.csv$/;
const CROSSWALK = /^soc\/soc_\d{4}_to_\d{4}_crosswalk\.csv$/;
const HYBRID = /^soc\/oes_\d{4}_hybrid_structure\.csv$/;
const CPI = /^cpi\/cpi_u_.*\.csv$/;
const ONET_RELATED = /^onet\/related_occupations\.txt$/;
const EP_TABLE = /^projections\/(\d{4}-\d{2})\/table_?(\d+\.\d+[a-z]?)\.csv$/i;

/**
 * Turns the text of every shipped file into the dataset. Any file that does not parse
 * throws: the app never serves a partial dataset.
 */
export function assembleDataset(files: DataFiles): Dataset {
  const accounts: FileAccount[] = [];
  const projectionVintages = assembleProjections(files, accounts);
  const wageReleases = assembleWages(files, projectionVintages, accounts);
  const account = <T extends { file: string; totalRows: number; records: readonly unknown[]; skipped: SkippedRow[] }>(r: T): T => {
    accounts.push({ file: r.file, totalRows: r.totalRows, records: r.records.length, skipped: r.skipped });
    return r;
  };
  const crosswalks = [...files.keys()]
    .filter((p) => CROSSWALK.test(p))
    .map((p) => account(parseSocCrosswalk(files.get(p)!, p)))
    .sort((a, b) => a.fromRevision - b.fromRevision);
  const hybridPath = [...files.keys()].find((p) => HYBRID.test(p));
  const oewsHybrid = hybridPath ? { file: hybridPath, links: account(parseOewsHybridStructure(files.get(hybridPath)!, hybridPath)).records } : null;
  const cpiPath = [...files.keys()].find((p) => CPI.test(p));
  const cpi = cpiPath ? account(parseCpiAnnual(files.get(cpiPath)!, cpiPath)) : null;
  const relatedPath = [...files.keys()].find((p) => ONET_RELATED.test(p));
  const related = relatedPath ? { file: relatedPath, links: account(parseOnetRelated(files.get(relatedPath)!, relatedPath)).records } : null;
  const onet = assembleOnet(files, account);
  return { wageReleases, projectionVintages, crosswalks, oewsHybrid, cpi, related, onet, accounts };
}

function assembleProjections(files: DataFiles, accounts: FileAccount[]): ProjectionVintage[] {
  const byVintage = new Map<string, Map<string, string>>();
  for (const path of files.keys()) {
    const m = EP_TABLE.exec(path);
    if (!m?.[1] || !m[2]) continue;
    if (!vintageYears(m[1])) continue;
    const tables = byVintage.get(m[1]) ?? new Map<string, string>();
    tables.set(m[2], path);
    byVintage.set(m[1], tables);
  }
  const vintages: ProjectionVintage[] = [];
  for (const [vintage, tables] of [...byVintage].sort(([a], [b]) => a.localeCompare(b))) {
    const parse = (path: string): ProjectionTable => {
      const table = parseProjectionTable(files.get(path)!, path, vintage);
      accounts.push({ file: path, totalRows: table.totalRows, records: table.records.length, skipped: table.skipped });
      return table;
    };
    const employmentPath = tables.get('1.2');
    if (!employmentPath) {
      throw new BlsParseError({ file: `projections/${vintage}/`, line: 1, expected: 'table_1.2.csv (employment by occupation)', found: [...tables.values()].join(', ') || 'no tables' });
    }
    const employment = parse(employmentPath);
    const hasTraits = (t: ProjectionTable): boolean => t.columns.some((c) => c.field === 'medianAnnualWage');
    let characteristics: ProjectionTable | null = null;
    for (const [id, path] of tables) {
      if (id === '1.2') continue;
      const table = parse(path);
      if (!hasTraits(table)) {
        throw new BlsParseError({ file: path, line: 1, expected: 'a table of worker characteristics with a median annual wage column', found: table.title });
      }
      characteristics = table;
    }
    const projections = toProjections(vintage, employment, characteristics);
    const years = vintageYears(vintage)!;
    vintages.push({
      vintage,
      baseYear: years.base,
      targetYear: years.target,
      employmentTable: { file: employmentPath, title: employment.title },
      characteristicsTable: characteristics ? { file: characteristics.file, title: characteristics.title } : null,
      wageYear: (characteristics ?? employment).wageYear,
      projections,
    });
  }
  return vintages;
}

function assembleWages(files: DataFiles, vintages: ProjectionVintage[], accounts: FileAccount[]): WageRelease[] {
  const releases: WageRelease[] = [];
  const paths = [...files.keys()].filter((p) => OEWS_FILE.test(p)).sort();
  for (const path of paths) {
    const year = Number(OEWS_FILE.exec(path)![1]);
    const { topCodes, source } = topCodesFor(year, files, vintages);
    const parsed = parseOewsNational(files.get(path)!, path, year, topCodes);
    accounts.push({ file: path, totalRows: parsed.totalRows, records: parsed.records.length, skipped: parsed.skipped });
    releases.push({ year, release: `May ${year}`, file: path, estimates: parsed.records, topCodes, topCodeSource: source });
  }
  return releases;
}

function topCodesFor(year: number, files: DataFiles, vintages: ProjectionVintage[]): { topCodes: TopCodes; source: string | null } {
  // The release's own national dictionary first, then the state package's of the same May.
  for (const [pattern, yearOf] of [[FIELD_DESCRIPTIONS, Number], [STATE_FIELD_DESCRIPTIONS, (yy: string) => 2000 + Number(yy)]] as const) {
    for (const [path, text] of files) {
      const m = pattern.exec(path);
      if (m?.[1] && yearOf(m[1]) === year) {
        const codes = topCodesFromFieldDescriptions(text);
        if (codes) return { topCodes: codes, source: path };
      }
    }
  }
  for (const v of vintages) {
    const found = topCodesFromProjections(v.projections);
    if (found && found.year === year) return { topCodes: found.topCodes, source: v.characteristicsTable?.file ?? v.employmentTable.file };
  }
  return { topCodes: { annual: null, hourly: null }, source: null };
}
