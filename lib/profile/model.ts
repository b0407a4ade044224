import type { Dataset, ProjectionVintage, WageRelease } from '../data/assemble';
import type { WageEstimate } from '../bls/oews';
import type { Projection } from '../bls/projection-merge';
import { getLineage, type BoundaryId, type LineageChange } from '../lineage/lineage';
import { getTimelines, type TimelineEntry } from '../lineage/structure';
import { lineageSeries, type LineageSeries, type Segment, type SeriesPoint } from '../lineage/series';
import { BOUNDARY_LABEL, changesToTell, describeChange, type Phrase } from '../lineage/text';
import { ALL_OCCUPATIONS, findProjection, findWageEstimate, getOccupationIndex, type Occupation } from '../data/occupations';
import { SOC_CODE } from '../bls/cells';
import { getRelatedOccupations, type RelatedOccupations } from './related';
import { colorAt } from '../charts/palette';
import { oncePer } from '../data/once';

/** Everything an occupation's profile page shows, computed from the data; the page only arranges it. */
export interface OccupationProfile {
  socCode: string;
  title: string;
  levelLabel: string;
  /** Every distinct title the code was published under, oldest first. */
  titles: { title: string; first: string; last: string }[];
  wageSpan: string | null;
  projectionSpan: string | null;
  /** Current titles of every code the page names in its series. */
  codeTitles: Record<string, string>;
  lineage: LineageStep[];
  wages: WageHistory;
  projections: ProjectionHistory;
  related: RelatedOccupations;
}

export interface LineageStep {
  boundary: BoundaryId;
  label: string;
  /** When the new codes reached the published tables, e.g. "OEWS from May 2021; EP from 2021-31". */
  effective: string | null;
  change: LineageChange;
  phrase: Phrase;
  /** The BLS table and its lines that say so. */
  source: string;
}

export interface SegmentStyle {
  segment: Segment;
  color: string;
}

export interface WageHistory {
  series: LineageSeries;
  styles: SegmentStyle[];
  rows: { style: SegmentStyle; point: SeriesPoint; release: WageRelease; estimate: WageEstimate }[];
}

export interface ProjectionHistory {
  series: LineageSeries;
  styles: SegmentStyle[];
  rows: { style: SegmentStyle; point: SeriesPoint; vintage: ProjectionVintage; projection: Projection; allOccupations: Projection | null }[];
}

const LEVEL_LABEL: Record<string, string> = {
  total: 'All occupations (total)',
  major: 'SOC major group',
  minor: 'SOC minor group',
  broad: 'SOC broad occupation',
  detailed: 'Detailed occupation',
  summary: 'Summary group (Employment Projections)',
};

/** Every code the profile pages exist for: each code of any shipped release or vintage. */
export function profileCodes(dataset: Dataset): string[] {
  return getOccupationIndex(dataset).list.map((o) => o.socCode);
}

/** The profile of a code, or null for anything that is not a code of a shipped table (the page's 404). */
export function getProfile(dataset: Dataset, raw: string): OccupationProfile | null {
  // The route parameter is untrusted: only an exact code (no padding, no other characters) is looked up.
  const socCode = SOC_CODE.test(raw) ? raw : null;
  const occupation = socCode ? getOccupationIndex(dataset).byCode.get(socCode) : undefined;
  if (!socCode || !occupation) return null;
  // Built once per known code (a page, its files and their about pages all ask for it).
  const profiles = profilesOf(dataset);
  let profile = profiles.get(socCode);
  if (!profile) {
    profile = buildProfile(dataset, socCode, occupation);
    profiles.set(socCode, profile);
  }
  return profile;
}

const profilesOf = oncePer('profile/profilesOf', (_dataset: Dataset) => new Map<string, OccupationProfile>());

function buildProfile(dataset: Dataset, socCode: string, occupation: Occupation): OccupationProfile {
  const lineage = getLineage(dataset);
  const timelines = getTimelines(dataset);
  const wageSeries = lineageSeries(lineage, timelines.wages, socCode);
  const projectionSeries = lineageSeries(lineage, timelines.projections, socCode);
  const wageStyles = stylesOf(wageSeries);
  const projectionStyles = stylesOf(projectionSeries);
  const index = getOccupationIndex(dataset);
  const codes = [...wageStyles, ...projectionStyles].flatMap((s) => s.segment.points.map((p) => p.socCode));
  const codeTitles = Object.fromEntries(codes.map((c) => [c, index.byCode.get(c)?.title ?? c]));
  return {
    socCode,
    title: occupation.title,
    levelLabel: LEVEL_LABEL[levelOf(dataset, occupation)] ?? occupation.level,
    titles: distinctTitles(occupation),
    wageSpan: span(occupation.wageYears.map((y) => `May ${y}`)),
    projectionSpan: span(occupation.vintages),
    codeTitles,
    lineage: changesToTell(lineage.changes(socCode, 'forward'), lineage.changes(socCode, 'backward')).map((change) => ({
      boundary: change.boundary.id,
      label: BOUNDARY_LABEL[change.boundary.id],
      effective: effectiveFrom(change, timelines),
      change,
      phrase: describeChange(change),
      source: `${change.boundary.file.replace(/^.*\//, '')}, line${change.links.length > 1 ? 's' : ''} ${change.links.map((l) => l.source.line).join(', ')}`,
    })),
    wages: {
      series: wageSeries,
      styles: wageStyles,
      rows: wageStyles.flatMap((style) =>
        style.segment.points.flatMap((point) => {
          const release = dataset.wageReleases[point.index]!;
          const estimate = findWageEstimate(release, point.socCode);
          return estimate ? [{ style, point, release, estimate }] : [];
        }),
      ),
    },
    projections: {
      series: projectionSeries,
      styles: projectionStyles,
      rows: projectionStyles.flatMap((style) =>
        style.segment.points.flatMap((point) => {
          const vintage = dataset.projectionVintages[point.index]!;
          const projection = findProjection(vintage, point.socCode);
          return projection ? [{ style, point, vintage, projection, allOccupations: findProjection(vintage, ALL_OCCUPATIONS) }] : [];
        }),
      ),
    },
    related: getRelatedOccupations(dataset, socCode),
  };
}

/**
 * The SOC level as OEWS's latest release of the code names it (major, minor, broad, detailed);
 * EP only says summary or detailed, so it is used only for codes OEWS never published.
 */
export function levelOf(dataset: Dataset, occupation: Occupation): string {
  const year = occupation.wageYears[occupation.wageYears.length - 1];
  const release = year === undefined ? undefined : dataset.wageReleases.find((r) => r.year === year);
  return (release && findWageEstimate(release, occupation.socCode)?.level) ?? occupation.level;
}

/** The code's own segments first, then the linked codes, each in its own palette colour. */
function stylesOf(series: LineageSeries): SegmentStyle[] {
  return [...series.own, ...series.linked].map((segment, i) => ({ segment, color: colorAt(i) }));
}

function distinctTitles(occupation: Occupation): OccupationProfile['titles'] {
  const out: OccupationProfile['titles'] = [];
  for (const t of occupation.titles) {
    const same = out.find((o) => o.title.toLowerCase() === t.title.toLowerCase());
    if (same) same.last = t.last;
    else out.push({ ...t });
  }
  return out;
}

function span(labels: string[]): string | null {
  if (labels.length === 0) return null;
  return labels.length === 1 ? labels[0]! : `${labels[0]} to ${labels[labels.length - 1]}`;
}

/** The first release and vintage published under the new side of a change. */
function effectiveFrom(change: LineageChange, timelines: { wages: TimelineEntry[]; projections: TimelineEntry[] }): string | null {
  const to = change.boundary.to;
  const first = (entries: TimelineEntry[]) => entries.find((e) => e.structure === to)?.label ?? null;
  const mixed = (entries: TimelineEntry[]) => entries.filter((e) => e.structure === 'soc2000-2010').map((e) => e.label);
  const wage = first(timelines.wages);
  const vintage = first(timelines.projections);
  const parts = [wage ? `OEWS from ${wage}` : null, vintage ? `Employment Projections from ${vintage}` : null].filter(Boolean);
  if (change.boundary.id === 'soc2000-soc2010') {
    const m = [...mixed(timelines.wages), ...mixed(timelines.projections)];
    if (m.length) parts.push(`${m.join(', ')} mixed 2000 and 2010 codes`);
  }
  return parts.length ? parts.join('; ') : null;
}
