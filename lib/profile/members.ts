import type { Dataset } from '../data/assemble';
import { displayEstimate } from '../tables/estimates';
import { formatSignedPercent, formatThousandsAsCount, formatUsd } from '../tables/format';
import { findProjection, getOccupationIndex, getVintage, getWageRelease, latestVintage, latestWageRelease } from '../data/occupations';

/** One occupation of a group, with the figures a person compares them by. Plain JSON. */
export interface MemberRow {
  socCode: string;
  title: string;
  jobs: string;
  medianWage: string;
  growth: string;
  education: string;
}

export type MemberSort = 'code' | 'jobs' | 'wage' | 'growth';

export const MEMBER_SORTS: { key: MemberSort; label: string }[] = [
  { key: 'code', label: 'code (SOC order)' },
  { key: 'jobs', label: 'number of jobs' },
  { key: 'wage', label: 'median wage' },
  { key: 'growth', label: 'projected growth' },
];

export interface GroupMembers {
  /** The members in SOC order. */
  rows: MemberRow[];
  /** Each sort as row positions, largest first (code: SOC order): the page draws one table per sort. */
  orders: Record<MemberSort, number[]>;
  /** The release and vintage the figures are from: the latest that publish the group itself. */
  wageRelease: string | null;
  vintage: string | null;
  /** Detailed occupations, or, for all occupations, the major groups. */
  memberKind: 'detailed occupations' | 'major groups';
}

/** The digits of a group code that its members share: 29-0000 -> "29-", 29-2000 -> "29-2", 29-2070 -> "29-207". */
export function groupPrefix(socCode: string): string {
  return socCode.replace(/0+$/, '');
}

/**
 * The occupations of a major, minor or broad group (or an EP summary code): for a group published
 * today, from the latest OEWS release and EP vintage; for a retired one, from the last that
 * published it, so it lists what it held then. Jobs are EP's base-year employment (in the group's vintage), the wage OEWS's annual median.
 * For 00-0000 (all occupations) the members are the major groups.
 */
export function getGroupMembers(dataset: Dataset, socCode: string): GroupMembers | null {
  const occupation = getOccupationIndex(dataset).byCode.get(socCode);
  if (!occupation) return null;
  // A group published today is listed with today's figures (the latest release and vintage, also
  // where one of the two does not publish the group code itself, as EP does not 29-2070); a retired
  // group with those of the last release and vintage that published it.
  const latestRelease = latestWageRelease(dataset);
  const latest = latestVintage(dataset);
  const current = occupation.wageYears.includes(latestRelease.year) || occupation.vintages.includes(latest.vintage);
  const wageYear = occupation.wageYears.at(-1);
  const vintageName = occupation.vintages.at(-1);
  const release = current ? latestRelease : wageYear === undefined ? null : getWageRelease(dataset, wageYear);
  const vintage = current ? latest : vintageName === undefined ? null : getVintage(dataset, vintageName);
  const total = socCode === '00-0000';
  const prefix = groupPrefix(socCode);
  const isMember = (code: string, detailed: boolean): boolean =>
    code !== socCode && (total ? /^\d\d-0000$/.test(code) : detailed && code.startsWith(prefix));
  const titles = new Map<string, string>();
  for (const e of release?.estimates ?? []) if (isMember(e.socCode, e.level === 'detailed')) titles.set(e.socCode, e.title);
  for (const p of vintage?.projections ?? []) if (isMember(p.socCode, p.level === 'detailed')) titles.set(p.socCode, p.title);
  if (titles.size === 0) return null;
  const wages = new Map((release?.estimates ?? []).filter((e) => titles.has(e.socCode)).map((e) => [e.socCode, e]));
  const numbers: { jobs: number | null; wage: number | null; growth: number | null }[] = [];
  const rows = [...titles].sort(([a], [b]) => a.localeCompare(b)).map(([code, title]): MemberRow => {
    const p = vintage ? findProjection(vintage, code) : null;
    const w = wages.get(code) ?? null;
    numbers.push({
      jobs: p?.employmentBase.kind === 'value' ? p.employmentBase.value : null,
      wage: w?.annual.median.kind === 'value' ? w.annual.median.value : w?.annual.median.kind === 'top-coded' ? w.annual.median.atLeast : null,
      growth: p?.changePercent.kind === 'value' ? p.changePercent.value : null,
    });
    return {
      socCode: code,
      title: p?.title ?? title,
      jobs: p ? displayEstimate(p.employmentBase, (v) => formatThousandsAsCount(v)) : '—',
      medianWage: w ? displayEstimate(w.annual.median, formatUsd) : '—',
      growth: p?.changePercent.kind === 'value' ? formatSignedPercent(p.changePercent.value) : '—',
      education: p?.education ?? '—',
    };
  });
  const byNumber = (key: 'jobs' | 'wage' | 'growth'): number[] =>
    rows.map((_, i) => i).sort((a, b) => (numbers[b]![key] ?? -Infinity) - (numbers[a]![key] ?? -Infinity) || a - b);
  return {
    rows,
    orders: { code: rows.map((_, i) => i), jobs: byNumber('jobs'), wage: byNumber('wage'), growth: byNumber('growth') },
    wageRelease: release?.release ?? null,
    vintage: vintage?.vintage ?? null,
    memberKind: total ? 'major groups' : 'detailed occupations',
  };
}
