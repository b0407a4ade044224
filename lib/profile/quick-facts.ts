import type { Dataset, ProjectionVintage, WageRelease } from '../data/assemble';
import type { Estimate } from '../bls/types';
import type { WageEstimate } from '../bls/oews';
import type { Projection } from '../bls/projection-merge';
import { displayEstimate } from '../estimates';
import { formatHourlyUsd, formatSignedPercent, formatSignedThousandsAsCount, formatThousandsAsCount, formatUsd } from '../format';
import { ALL_OCCUPATIONS, findProjection, findWageEstimate, latestVintage, latestWageRelease } from '../occupations';
import { epSource, oewsSource } from '../sources';
import { growthPhrase, type GrowthPhrase } from './growth-phrase';

/** What a fact is about; also the `data-fact` attribute tests find it by. */
export type QuickFactKey = 'median-pay' | 'education' | 'experience' | 'training' | 'jobs' | 'outlook' | 'openings';

/** One line of the quick facts box: what it says, where it is from and for when. Plain JSON. */
export interface QuickFact {
  key: QuickFactKey;
  label: string;
  value: string;
  /** A second line: the hourly wage, the projected change in jobs and the average it is compared with. */
  detail: string | null;
  /** "May 2024", "2024", "2024-34". */
  period: string;
  source: string;
  /** The section of the page that says more (`#pay`, `#outlook`, `#how-to-become-one`). */
  more: string | null;
}

export interface QuickFacts {
  socCode: string;
  title: string;
  facts: QuickFact[];
  /** The growth phrase the outlook fact uses, null where the change is not published. */
  growth: GrowthPhrase | null;
  /** Where the code is not in the latest release or vintage: what is left out, in words. */
  gaps: string[];
}

/**
 * The facts a person choosing a career asks first, from the latest OEWS release (pay) and the latest
 * Employment Projections vintage (education, jobs, outlook, openings). Null where neither has the code.
 */
export function getQuickFacts(dataset: Dataset, socCode: string): QuickFacts | null {
  const release = latestWageRelease(dataset);
  const vintage = latestVintage(dataset);
  const wage = findWageEstimate(release, socCode);
  const projection = findProjection(vintage, socCode);
  if (!wage && !projection) return null;
  const all = findProjection(vintage, ALL_OCCUPATIONS);
  const gaps = [
    wage ? null : `OEWS ${release.release} publishes no estimate for ${socCode}.`,
    projection ? null : `Employment Projections ${vintage.vintage} has no projection for ${socCode}.`,
  ].filter((g): g is string => g !== null);
  const growth = projection && projection.changePercent.kind === 'value' && all?.changePercent.kind === 'value' ? growthPhrase(projection.changePercent.value, all.changePercent.value) : null;
  return {
    socCode,
    title: projection?.title ?? wage?.title ?? socCode,
    facts: [...(wage ? [payFact(release, wage)] : []), ...(projection ? projectionFacts(vintage, projection, all, growth) : [])],
    growth,
    gaps,
  };
}

function payFact(release: WageRelease, wage: WageEstimate): QuickFact {
  // BLS publishes only annual wages for some occupations (teachers) and only hourly for others (actors).
  const annual = wage.hourlyOnly ? null : `${displayEstimate(wage.annual.median, formatUsd)} a year`;
  const hourly = wage.annualOnly ? null : `${displayEstimate(wage.hourly.median, formatHourlyUsd)} an hour`;
  return {
    key: 'median-pay',
    label: 'Median pay',
    value: annual ?? hourly ?? 'Not published',
    detail: annual ? hourly : null,
    period: release.release,
    source: oewsSource(release),
    more: '#pay',
  };
}

function projectionFacts(vintage: ProjectionVintage, p: Projection, all: Projection | null, growth: GrowthPhrase | null): QuickFact[] {
  const characteristics = epSource(vintage, 'characteristics');
  const employment = epSource(vintage);
  const range = vintage.vintage;
  // 2008-18 names the "most significant source of education or training", not the entry level.
  const educationLabel = p.educationClassification === 'most-significant-source' ? 'Most significant source of education or training' : 'Typical entry-level education';
  const facts: QuickFact[] = [
    { key: 'education', label: educationLabel, value: p.education ?? 'Not published', detail: null, period: range, source: characteristics, more: '#how-to-become-one' },
    { key: 'experience', label: 'Work experience in a related occupation', value: p.workExperience ?? 'Not published', detail: null, period: range, source: characteristics, more: '#how-to-become-one' },
    { key: 'training', label: 'Typical on-the-job training', value: p.onTheJobTraining ?? 'Not published', detail: null, period: range, source: characteristics, more: '#how-to-become-one' },
    { key: 'jobs', label: 'Number of jobs', value: thousands(p.employmentBase), detail: null, period: String(vintage.baseYear), source: employment, more: '#outlook' },
    {
      key: 'outlook',
      label: `Job outlook, ${range}`,
      value: p.changePercent.kind === 'value' ? `${formatSignedPercent(p.changePercent.value)}${growth ? ` (${growth})` : ''}` : displayEstimate(p.changePercent, 'percent'),
      detail: [
        p.changeNumber.kind === 'value' ? `${formatSignedThousandsAsCount(p.changeNumber.value)} jobs` : null,
        all?.changePercent.kind === 'value' ? `all occupations ${formatSignedPercent(all.changePercent.value)}` : null,
      ].filter(Boolean).join('; ') || null,
      period: range,
      source: employment,
      more: '#outlook',
    },
    {
      key: 'openings',
      label: p.openingsBasis === 'annual-average' ? 'Openings a year, on average' : 'Openings over the decade',
      value: thousands(p.openings),
      detail: null,
      period: range,
      source: employment,
      more: '#outlook',
    },
  ];
  return facts;
}

function thousands(e: Estimate): string {
  return e.kind === 'value' ? formatThousandsAsCount(e.value) : displayEstimate(e, 'thousands');
}
