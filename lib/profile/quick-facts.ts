import type { Dataset, ProjectionVintage, WageRelease } from '../data/assemble';
import type { Estimate } from '../bls/types';
import type { WageEstimate } from '../bls/oews';
import type { Projection } from '../bls/projection-merge';
import { displayEstimate } from '../tables/estimates';
import { formatHourlyUsd, formatSignedPercent, formatSignedThousandsAsCount, formatThousandsAsCount, formatUsd } from '../tables/format';
import { ALL_OCCUPATIONS, findProjection, findWageEstimate, latestVintage, latestWageRelease } from '../data/occupations';
import { tableName } from '../tables/sources';
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
  /** The section of the occupation's profile that says more: `/occupations/29-2072#pay`, and its name. */
  more: { href: string; label: string };
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
    facts: [...(wage ? [payFact(release, wage, socCode)] : []), ...(projection ? projectionFacts(vintage, projection, all, growth, socCode) : [])],
    growth,
    gaps,
  };
}

function payFact(release: WageRelease, wage: WageEstimate, socCode: string): QuickFact {
  // BLS publishes only annual wages for some occupations (teachers) and only hourly for others (actors).
  const annual = wage.hourlyOnly ? null : `${displayEstimate(wage.annual.median, formatUsd)} a year`;
  const hourly = wage.annualOnly ? null : `${displayEstimate(wage.hourly.median, formatHourlyUsd)} an hour`;
  return {
    key: 'median-pay',
    label: 'Median pay',
    value: annual ?? hourly ?? 'Not published',
    detail: annual ? hourly : null,
    period: release.release,
    source: `BLS Occupational Employment and Wage Statistics (OEWS), national estimates (${release.file.replace(/^.*\//, '')})`,
    more: section(socCode, 'pay'),
  };
}

function projectionFacts(vintage: ProjectionVintage, p: Projection, all: Projection | null, growth: GrowthPhrase | null, socCode: string): QuickFact[] {
  // The period is shown beside the source, so the source names the program and table only.
  const characteristics = `BLS Employment Projections, ${tableName((vintage.characteristicsTable ?? vintage.employmentTable).title)}`;
  const employment = `BLS Employment Projections, ${tableName(vintage.employmentTable.title)}`;
  const how = section(socCode, 'how-to-become-one');
  const outlook = section(socCode, 'outlook');
  const range = vintage.vintage;
  // 2008-18 names the "most significant source of education or training", not the entry level.
  const educationLabel = p.educationClassification === 'most-significant-source' ? 'Most significant source of education or training' : 'Typical entry-level education';
  const facts: QuickFact[] = [
    { key: 'education', label: educationLabel, value: p.education ?? 'Not published', detail: null, period: range, source: characteristics, more: how },
    { key: 'experience', label: 'Work experience in a related occupation', value: p.workExperience ?? 'Not published', detail: null, period: range, source: characteristics, more: how },
    { key: 'training', label: 'Typical on-the-job training', value: p.onTheJobTraining ?? 'Not published', detail: null, period: range, source: characteristics, more: how },
    { key: 'jobs', label: 'Number of jobs', value: thousands(p.employmentBase), detail: null, period: String(vintage.baseYear), source: employment, more: outlook },
    {
      key: 'outlook',
      label: 'Job outlook',
      value: p.changePercent.kind === 'value' ? `${formatSignedPercent(p.changePercent.value)}${growth ? ` (${growth})` : ''}` : displayEstimate(p.changePercent, 'percent'),
      detail: [
        p.changeNumber.kind === 'value' ? `${formatSignedThousandsAsCount(p.changeNumber.value)} jobs` : null,
        all?.changePercent.kind === 'value' ? `all occupations: ${formatSignedPercent(all.changePercent.value)}` : null,
      ].filter(Boolean).join('; ') || null,
      period: range,
      source: employment,
      more: outlook,
    },
    {
      key: 'openings',
      label: p.openingsBasis === 'annual-average' ? 'Openings a year, on average' : 'Openings over the decade',
      value: thousands(p.openings),
      detail: null,
      period: range,
      source: employment,
      more: outlook,
    },
  ];
  return facts;
}

const SECTION_NAMES = { pay: 'Pay', outlook: 'Job outlook', 'how-to-become-one': 'How to become one' } as const;

function section(socCode: string, id: keyof typeof SECTION_NAMES): QuickFact['more'] {
  return { href: `/occupations/${socCode}#${id}`, label: SECTION_NAMES[id] };
}

function thousands(e: Estimate): string {
  return e.kind === 'value' ? formatThousandsAsCount(e.value) : displayEstimate(e, 'thousands');
}
