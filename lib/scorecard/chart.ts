import { formatPercent, formatProjectionPeriod } from '../tables/format';
import type { ScorecardEntry, ScorecardRow, VintageScorecard } from './model';
import { colorAt } from '../charts/palette';
import type { BarGroup, ChartSpec } from '../charts/spec';

/**
 * Projected against actual employment change per SOC major group of a scored vintage, from
 * BLS's own group rows (xx-0000 of the vintage, and of the later vintage for the actual), with
 * a note where the group's membership changed between the two classifications.
 */
export function majorGroupChangeChart(v: VintageScorecard): ChartSpec {
  const period = `${v.baseYear}–${v.targetYear}`;
  const drawn = v.majorGroups.filter((g) => g.projectedChangePct != null || g.actualChangePct != null);
  const groups: BarGroup[] = drawn.map((g) => {
    const values = [g.projectedChangePct, g.actualChangePct];
    return {
      key: g.code,
      // "… occupations" ends every major group title; the axis has little room. † marks a group whose membership changed.
      label: `${plain(g.title)}${g.membershipNote ? ' †' : ''}`,
      values,
      displays: values.map((x) => (x == null ? 'n/a' : formatPercent(x))),
    };
  });
  const series = [
    { key: 'projected', label: `Projected in ${v.vintage}`, color: colorAt(0) },
    { key: 'actual', label: `Actual (${v.actualVintage} base year)`, color: colorAt(1) },
  ];
  const changed = drawn.filter((g) => g.membershipNote);
  return {
    kind: 'grouped-bar',
    id: `scorecard-groups-${v.vintage}`,
    title: `Projected vs actual job growth, ${period}`,
    subtitle: `Percent change in employment by SOC major group, ${period}: BLS projection (${v.vintage}) and what BLS later counted (${v.actualVintage})`,
    source: `${v.projectionSource}; ${v.actualSource}`,
    referencePeriod: formatProjectionPeriod(v.baseYear, v.targetYear),
    altText: finding(drawn.map((g) => ({ label: plain(g.title), projected: g.projectedChangePct, actual: g.actualChangePct })), 'major groups'),
    legend: series.map((s) => ({ label: s.label, color: s.color })),
    notes: [
      `Each group is BLS’s own major-group row (xx-0000): employment ${v.baseYear} and projected ${v.targetYear} from ${v.vintage}, actual ${v.targetYear} from the ${v.actualVintage} base year.`,
      ...(changed.length
        ? [`† Membership changed between the ${v.projectionCodes} codes of ${v.vintage} and the ${v.actualCodes} codes of ${v.actualVintage} in ${changed.length} group${changed.length === 1 ? '' : 's'} (${changed.map((g) => g.code.slice(0, 2)).join(', ')}): some of their codes are counted in another group later; the table names them.`]
        : []),
    ],
    format: 'percent',
    series,
    groups,
    reference: null,
  };
}

const plain = (title: string): string => title.replace(/\s+occupations$/i, '');

function finding(groups: { label: string; projected: number | null; actual: number | null }[], noun: string): string {
  const both = groups.filter((g): g is { label: string; projected: number; actual: number } => g.projected != null && g.actual != null);
  if (both.length === 0) return `None of the ${noun} could be compared.`;
  const under = both.filter((g) => g.actual > g.projected).length;
  const largest = [...both].sort((a, b) => Math.abs(b.actual - b.projected) - Math.abs(a.actual - a.projected))[0]!;
  return [
    `The actual change was above the projected change in ${under} of ${both.length} ${noun}.`,
    `The largest gap is in ${largest.label}: projected ${formatPercent(largest.projected)}, actual ${formatPercent(largest.actual)}.`,
  ].join(' ');
}

/**
 * Projected against actual change for chosen occupations of one vintage (a comparison or a
 * profile): one band per entry, labelled with its title; entries that could not be compared
 * are named in a note rather than drawn as zero, and so are chosen codes left out (`leftOut`: why).
 */
export function occupationsChangeChart(v: VintageScorecard, entries: readonly ScorecardEntry[], leftOut: readonly string[] = []): ChartSpec {
  const period = `${v.baseYear}–${v.targetYear}`;
  const compared = entries.filter((e): e is ScorecardRow => e.status === 'compared');
  const gaps = entries.filter((e) => e.status === 'not-compared');
  const groups: BarGroup[] = compared.map((e) => ({
    key: e.key,
    label: e.likeForLike ? e.title : `${e.title} (not like for like)`,
    values: [e.projectedChangePct, e.actualChangePct],
    displays: [formatPercent(e.projectedChangePct), formatPercent(e.actualChangePct)],
  }));
  const series = [
    { key: 'projected', label: `Projected in ${v.vintage}`, color: colorAt(0) },
    { key: 'actual', label: `Actual (${v.actualVintage} base year)`, color: colorAt(1) },
  ];
  return {
    kind: 'grouped-bar',
    id: `scorecard-occupations-${v.vintage}`,
    title: `Projected vs actual job growth, ${period}`,
    subtitle: `Percent change in employment, ${period}: BLS projection (${v.vintage}) and what BLS later counted (${v.actualVintage})`,
    source: `${v.projectionSource}; ${v.actualSource}`,
    referencePeriod: formatProjectionPeriod(v.baseYear, v.targetYear),
    altText: finding(compared.map((e) => ({ label: e.title, projected: e.projectedChangePct, actual: e.actualChangePct })), 'occupations'),
    legend: series.map((s) => ({ label: s.label, color: s.color })),
    notes: [
      ...compared.filter((e) => e.note).map((e) => `${e.title}: ${e.note}`),
      ...gaps.map((e) => `${e.title}: not compared. ${e.status === 'not-compared' ? e.reason : ''}`),
      ...leftOut,
    ],
    format: 'percent',
    series,
    groups,
    reference: null,
  };
}
