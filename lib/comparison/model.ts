import type { Dataset, ProjectionVintage, WageRelease } from '../data/assemble';
import type { WageEstimate } from '../bls/oews';
import type { Projection } from '../bls/projection-merge';
import { colorAt } from '../charts/palette';
import { parseDollars, type Dollars } from '../dollars/real-dollars';
import { getLineage } from '../lineage/lineage';
import { changeNote, changesToTell } from '../lineage/text';
import { lineageSeries, type SeriesPoint } from '../lineage/series';
import { getTimelines } from '../lineage/structure';
import {
  ALL_OCCUPATIONS, findProjection, findWageEstimate, getOccupationIndex, getVintage, getWageRelease,
  latestVintage, latestWageRelease, parseSocCode,
} from '../data/occupations';

export const MAX_OCCUPATIONS = 12;

export interface ComparisonRow {
  socCode: string;
  title: string;
  color: string;
  projection: Projection | null;
  wage: WageEstimate | null;
  /**
   * The code's wage series across the OEWS releases, followed through one-to-one code changes
   * exactly as its profile follows it (lineageSeries): one list per comparable segment, each point
   * naming the release (its index in `dataset.wageReleases`) and the code published there.
   */
  wageSegments: SeriesPoint[][];
}

export interface Comparison {
  vintage: ProjectionVintage;
  release: WageRelease;
  rows: ComparisonRow[];
  allOccupations: { projection: Projection | null; wage: WageEstimate | null };
  /** Dollars of the wage series (the wage trend): constant dollars of a base year, or nominal. */
  dollars: Dollars;
  /** Where a selected code changed between SOC revisions: said on the page and in every download's about page. */
  lineageNotes: string[];
  /** Problems with the request, each said to the user rather than dropped. */
  notices: string[];
}

export interface ComparisonRequest {
  codes: string[];
  vintage?: string | null;
  wageYear?: number | null;
  /** `nominal` or a base year; absent means constant dollars of the latest release. */
  dollars?: string | null;
}

/**
 * The occupations a person asked to compare, in their order, with the chosen vintage and
 * release. Unknown codes, codes absent from the chosen release, and a 13th occupation are
 * named in `notices`.
 */
export function buildComparison(dataset: Dataset, request: ComparisonRequest): Comparison {
  const notices: string[] = [];
  const vintage = (request.vintage ? getVintage(dataset, request.vintage) : null) ?? latestVintage(dataset);
  if (request.vintage && vintage.vintage !== request.vintage) notices.push(`There is no projections vintage "${request.vintage}"; showing ${vintage.vintage}.`);
  const release = (request.wageYear ? getWageRelease(dataset, request.wageYear) : null) ?? latestWageRelease(dataset);
  if (request.wageYear && release.year !== request.wageYear) notices.push(`There is no OEWS release for May ${request.wageYear}; showing ${release.release}.`);
  const { dollars, notice } = parseDollars(request.dollars, dataset);
  if (notice) notices.push(notice);
  const index = getOccupationIndex(dataset);
  const codes: string[] = [];
  for (const raw of request.codes) {
    const code = parseSocCode(raw);
    if (!code) notices.push(`"${raw.slice(0, 40)}" is not an occupation code (expected a code like 29-2071).`);
    else if (!index.byCode.has(code)) notices.push(`${code} is not an occupation code in any BLS release shipped here.`);
    else if (!codes.includes(code)) codes.push(code);
  }
  if (codes.length > MAX_OCCUPATIONS) {
    notices.push(`A comparison holds at most ${MAX_OCCUPATIONS} occupations; ${codes.slice(MAX_OCCUPATIONS).join(', ')} left out.`);
    codes.length = MAX_OCCUPATIONS;
  }
  const rows = codes.map((socCode, i): ComparisonRow => {
    const projection = findProjection(vintage, socCode);
    const wage = findWageEstimate(release, socCode);
    // One title per row across every chart of the view: as the chosen vintage (else release) names it.
    const title = projection?.title ?? wage?.title ?? index.byCode.get(socCode)!.title;
    if (!projection) notices.push(`${socCode} ${title} is not in the ${vintage.vintage} projections.`);
    if (!wage) notices.push(`${socCode} ${title} is not in the ${release.release} OEWS release.`);
    return { socCode, title, color: colorAt(i), projection, wage, wageSegments: wageSegmentsOf(dataset, socCode) };
  });
  return {
    vintage,
    release,
    rows,
    allOccupations: { projection: findProjection(vintage, ALL_OCCUPATIONS), wage: findWageEstimate(release, ALL_OCCUPATIONS) },
    dollars,
    lineageNotes: lineageNotes(dataset, rows.map((r) => r.socCode)),
    notices,
  };
}

function wageSegmentsOf(dataset: Dataset, socCode: string): SeriesPoint[][] {
  return lineageSeries(getLineage(dataset), getTimelines(dataset).wages, socCode).own.map((s) => s.points);
}

/** One sentence per SOC change of each selected code ("29-2071 split into 29-2072 and 29-9021 (2018 SOC)."). */
function lineageNotes(dataset: Dataset, codes: readonly string[]): string[] {
  const lineage = getLineage(dataset);
  return codes.flatMap((code) => changesToTell(lineage.changes(code, 'forward'), lineage.changes(code, 'backward'))
    .filter((c) => c.relation !== 'unchanged')
    .map(changeNote));
}

/** A row's figure in one release: the estimate, the code it is published under, and its segment of the series. */
export interface TrendPoint {
  estimate: WageEstimate;
  socCode: string;
  segment: number;
}

/**
 * The row's estimate in each release (same order as `releases`), along its wage series:
 * under its own code, or under the code it continues one to one (29-1211 anesthesiologists
 * were 29-1061 to May 2018); null where the series has no figure.
 */
export function wageTrail(row: ComparisonRow, releases: readonly WageRelease[]): (TrendPoint | null)[] {
  const trail: (TrendPoint | null)[] = releases.map(() => null);
  row.wageSegments.forEach((points, segment) => {
    for (const p of points) {
      const estimate = releases[p.index] ? findWageEstimate(releases[p.index]!, p.socCode) : null;
      if (estimate && !trail[p.index]) trail[p.index] = { estimate, socCode: p.socCode, segment };
    }
  });
  return trail;
}
