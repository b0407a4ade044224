import type { Dataset } from '../data/assemble';
import { buildComparison, type Comparison } from '../comparison/model';
import { findProjection, findWageEstimate, getVintage, getWageRelease } from '../data/occupations';
import { formatOewsPeriod, formatProjectionPeriod, formatThousandsAsCount, formatUsd } from '../tables/format';
import { epSource, oewsSource } from '../tables/sources';

/**
 * The story the dashboard opens with: BLS's 2008-18 projection for medical records and health
 * information technicians, and its May 2008 wage, beside related health careers. Only codes,
 * a vintage and a release are fixed here; every figure is read from data/.
 */
export const STORY = {
  socCode: '29-2071',
  vintage: '2008-18',
  wageYear: 2008,
  related: ['31-9094', '31-9092', '43-6013', '11-9111', '29-1111', '29-2061', '29-2052'],
} as const;

export interface Headline {
  title: string;
  growthPercent: number;
  employmentBase: string;
  employmentTarget: string;
  period: string;
  medianWage: string;
  wagePeriod: string;
  growthSource: string;
  wageSource: string;
}

export interface Story {
  headline: Headline;
  comparison: Comparison;
}

export function getStory(dataset: Dataset): Story {
  const vintage = getVintage(dataset, STORY.vintage);
  const release = getWageRelease(dataset, STORY.wageYear);
  if (!vintage || !release) throw new Error(`The story needs EP ${STORY.vintage} and OEWS May ${STORY.wageYear} in data/.`);
  const projection = findProjection(vintage, STORY.socCode);
  const wage = findWageEstimate(release, STORY.socCode);
  if (projection?.changePercent.kind !== 'value' || projection.employmentBase.kind !== 'value' || projection.employmentTarget.kind !== 'value' || wage?.annual.median.kind !== 'value') {
    throw new Error(`${STORY.socCode} lacks the projection or wage the story tells (EP ${STORY.vintage}, OEWS May ${STORY.wageYear}).`);
  }
  return {
    headline: {
      title: projection.title,
      growthPercent: projection.changePercent.value,
      employmentBase: formatThousandsAsCount(projection.employmentBase.value),
      employmentTarget: formatThousandsAsCount(projection.employmentTarget.value),
      period: formatProjectionPeriod(vintage.baseYear, vintage.targetYear),
      medianWage: formatUsd(wage.annual.median.value),
      wagePeriod: formatOewsPeriod(release.year),
      growthSource: epSource(vintage),
      wageSource: oewsSource(release),
    },
    comparison: buildComparison(dataset, { codes: [STORY.socCode, ...STORY.related], vintage: STORY.vintage, wageYear: STORY.wageYear }),
  };
}
