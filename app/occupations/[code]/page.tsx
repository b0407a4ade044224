import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { LineageSection } from '@/components/profile/lineage-section';
import { ProfileHeader } from '@/components/profile/profile-header';
import { ProjectionsSection } from '@/components/profile/projections-section';
import { RelatedSection } from '@/components/profile/related-section';
import { WageHistorySection } from '@/components/profile/wage-history-section';
import { compareHref } from '@/lib/compare-params';
import { getDataset } from '@/lib/data/get-dataset';
import { getOccupationIndex, latestVintage, latestWageRelease } from '@/lib/occupations';
import { getProfile, profileCodes, type OccupationProfile } from '@/lib/profile';
import { profileFile, profileScorecardLinks, profileScorecardTable } from '@/lib/profile-downloads';
import { ScorecardSection } from '@/components/profile/scorecard-section';
import { defaultDollars, dollarsLabel, dollarsParam, dollarsQuery, NOMINAL } from '@/lib/real-dollars';
import type { Dataset } from '@/lib/data/assemble';
import type { WageVariant } from '@/components/profile/wage-history-section';

/**
 * Every code of every shipped release and vintage is built ahead, so any other code is unknown and
 * gets the 404 page (app/not-found.tsx) without rendering. Not `true`: Next would then render each
 * unknown address on request and write its 404 into the on-disk route cache, one entry per
 * distinct URL, a disk any visitor could fill (seen with the hostile-values test: 788 files).
 */
export const dynamicParams = false;

export function generateStaticParams(): { code: string }[] {
  return profileCodes(getDataset()).map((code) => ({ code }));
}

type Params = { params: Promise<{ code: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const profile = getProfile(getDataset(), (await params).code);
  return profile ? { title: `${profile.title} (${profile.socCode})` } : { title: 'Occupation not found' };
}

export default async function OccupationPage({ params }: Params) {
  const dataset = getDataset();
  const profile = getProfile(dataset, (await params).code);
  if (!profile) notFound();
  const index = getOccupationIndex(dataset);
  const known = new Set(index.byCode.keys());
  const occupation = index.byCode.get(profile.socCode)!;
  const vintage = occupation.vintages[occupation.vintages.length - 1] ?? latestVintage(dataset).vintage;
  const year = occupation.wageYears[occupation.wageYears.length - 1] ?? latestWageRelease(dataset).year;
  return (
    <>
      <ProfileHeader profile={profile} compareHref={compareHref([profile.socCode], vintage, year)} />
      <LineageSection profile={profile} known={known} />
      <WageHistorySection profile={profile} variants={wageVariants(dataset, profile)} />
      <ProjectionsSection profile={profile} />
      <ScorecardSection table={profileScorecardTable(dataset, profile)} links={profileScorecardLinks(profile.socCode, `Projected against actual employment, ${profile.socCode}`)} />
      <RelatedSection socCode={profile.socCode} related={profile.related} />
    </>
  );
}

/** The wage history in constant dollars of the latest release (first, the default) and in nominal dollars. */
function wageVariants(dataset: Dataset, profile: OccupationProfile): WageVariant[] {
  return [defaultDollars(dataset), NOMINAL].flatMap((dollars) => {
    const file = profileFile(profile, 'wages', { dollars, cpi: dataset.cpi });
    return file ? [{ key: dollarsParam(dollars), label: dollarsLabel(dollars), file, dollarsParam: dollarsQuery(dollars, dataset) }] : [];
  });
}
