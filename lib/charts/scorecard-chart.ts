import { formatPercent, formatProjectionPeriod } from '../format';
import type { ScorecardEntry, ScorecardRow, VintageScorecard } from '../scorecard';
import { summarizeByMajorGroup } from '../scorecard-summary';
import { colorAt } from './palette';
import type { BarGroup, ChartSpec } from './spec';

/**
 * Projected against actual employment change per SOC major group of a scored vintage: the
 * change of each group's compared occupations taken together, so large occupations weigh
 * more, as they do in the group's employment.
 */
export function majorGroupChangeChart(v: VintageScorecard): ChartSpec {
  const period = `${v.baseYear}–${v.targetYear}`;
  const summaries = summarizeByMajorGroup(v).filter((g) => g.summary.compared > 0);
  const groups: BarGroup[] = summaries.map((g) => {
    const values = [g.summary.projectedChangePct, g.summary.actualChangePct];
    return {
      key: g.code,
      // "… occupations" ends every major group title; the axis has little room.
      label: g.title.replace(/\s+occupations$/i, ''),
      values,
      displays: values.map((x) => (x == null ? 'n/a' : formatPercent(x))),
    };
  });
  const series = [
    { key: 'projected', label: `Projected in ${v.vintage}`, color: colorAt(0) },
    { key: 'actual', label: `Actual (${v.actualVintage} base year)`, color: colorAt(1) },
  ];
  const notCompared = v.entries.filter((e) => e.status === 'not-compared').length;
  const notLike = v.entries.filter((e) => e.status === 'compared' && !e.likeForLike).length;
  return {
    kind: 'grouped-bar',
    id: `scorecard-groups-${v.vintage}`,
    title: `Projected vs actual job growth, ${period}`,
    subtitle: `Percent change in employment by SOC major group, ${period}: BLS projection (${v.vintage}) and what BLS later counted (${v.actualVintage})`,
    source: `${v.projectionSource}; ${v.actualSource}`,
    referencePeriod: formatProjectionPeriod(v.baseYear, v.targetYear),
    altText: finding(summaries.map((g, i) => ({ label: groups[i]!.label, projected: g.summary.projectedChangePct, actual: g.summary.actualChangePct })), 'major groups'),
    legend: series.map((s) => ({ label: s.label, color: s.color })),
    notes: [
      'Each group is the sum of its occupations that could be compared; a group is the projected code’s SOC major group.',
      ...(notLike > 0 ? [`${notLike} comparisons are not like for like (codes split, merged or regrouped between the two vintages); they are included as sums.`] : []),
      ...(notCompared > 0 ? [`${notCompared} occupations could not be compared and are left out.`] : []),
    ],
    format: 'percent',
    series,
    groups,
    reference: null,
  };
}

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
 * are named in a note rather than drawn as zero.
 */
export function occupationsChangeChart(v: VintageScorecard, entries: readonly ScorecardEntry[]): ChartSpec {
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
    ],
    format: 'percent',
    series,
    groups,
    reference: null,
  };
}
