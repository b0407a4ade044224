import type { Dataset } from '@/lib/data/assemble';
import { compareHref } from '@/lib/comparison/params';
import { getOccupationIndex, latestVintage, latestWageRelease } from '@/lib/data/occupations';
import type { OccupationProfile } from '@/lib/profile/model';
import { profileFile, profileScorecardLinks, profileScorecardTable } from '@/lib/profile/files';
import { defaultDollars, dollarsLabel, dollarsParam, dollarsQuery, NOMINAL } from '@/lib/dollars/real-dollars';
import { LineageSection } from './lineage-section';
import { ProfileHeader } from './profile-header';
import { ProjectionsSection } from './projections-section';
import { RelatedSection } from './related-section';
import { ScorecardSection } from './scorecard-section';
import { WageHistorySection, type WageVariant } from './wage-history-section';

/** An occupation's whole profile: its codes through time, wages, projections, how they came true, related careers. */
export function ProfileView({ dataset, profile }: { dataset: Dataset; profile: OccupationProfile }) {
  const index = getOccupationIndex(dataset);
  const occupation = index.byCode.get(profile.socCode);
  const vintage = occupation?.vintages.at(-1) ?? latestVintage(dataset).vintage;
  const year = occupation?.wageYears.at(-1) ?? latestWageRelease(dataset).year;
  return (
    <>
      <ProfileHeader profile={profile} compareHref={compareHref([profile.socCode], vintage, year)} />
      <LineageSection profile={profile} known={new Set(index.byCode.keys())} />
      <WageHistorySection profile={profile} variants={wageVariants(dataset, profile)} />
      <ProjectionsSection profile={profile} />
      <ScorecardSection table={profileScorecardTable(dataset, profile)} links={profileScorecardLinks(profile.socCode, `Projected against actual employment, ${profile.socCode}`)} />
      <RelatedSection socCode={profile.socCode} related={profile.related} />
    </>
  );
}

/** The wage history drawn in constant dollars of the latest release (first, the default) and in nominal dollars; both tables hold the published wages. */
function wageVariants(dataset: Dataset, profile: OccupationProfile): WageVariant[] {
  return [defaultDollars(dataset), NOMINAL].flatMap((dollars) => {
    const file = profileFile(profile, 'wages', { dollars, cpi: dataset.cpi });
    return file ? [{ key: dollarsParam(dollars), label: dollars.kind === 'nominal' ? 'nominal dollars (as published)' : dollarsLabel(dollars), file, dollarsParam: dollarsQuery(dollars, dataset) }] : [];
  });
}
