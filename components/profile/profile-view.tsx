import type { ProfileView as View } from '@/lib/profile/view';
import { HowToBecomeSection } from './how-to-become-section';
import { LineageSection } from './lineage-section';
import { MembersSection } from './members-section';
import { ProfileHeader } from './profile-header';
import { ProjectionsSection } from './projections-section';
import { QuickFactsSection } from './quick-facts';
import { RelatedSection } from './related-section';
import { ScorecardSection } from './scorecard-section';
import { SuccessorsSection } from './successors-section';
import { TechnologySection } from './technology-section';
import { AlsoCalledSection, WhatTheyDoSection } from './what-they-do-section';
import { WageHistorySection } from './wage-history-section';

/**
 * An occupation's whole profile, drawn from its view model: first what a person choosing a career
 * asks (quick facts, what they do, how to become one, pay, outlook, related careers), then the
 * code's history and how its projections came true.
 */
export function ProfileView({ view }: { view: View }) {
  const credit = view.onetCredit;
  return (
    <>
      <ProfileHeader view={view} />
      {view.successors.length ? <SuccessorsSection socCode={view.socCode} successors={view.successors} growthRule={view.growthRule} /> : null}
      {view.quickFacts ? <QuickFactsSection facts={view.quickFacts} growthRule={view.growthRule} /> : null}
      {view.members ? <MembersSection title={view.title} members={view.members} /> : null}
      {view.whatTheyDo ? <WhatTheyDoSection what={view.whatTheyDo} credit={credit} /> : null}
      {view.alsoCalled ? <AlsoCalledSection titles={view.alsoCalled} credit={credit} /> : null}
      {view.howToBecome ? <HowToBecomeSection {...view.howToBecome} credit={credit} /> : null}
      {view.technology ? <TechnologySection technology={view.technology} credit={credit} /> : null}
      <WageHistorySection socCode={view.socCode} wages={view.wages} />
      <ProjectionsSection socCode={view.socCode} projections={view.projections} />
      {view.members ? null : <RelatedSection view={view} />}
      <LineageSection socCode={view.socCode} history={view.history} />
      <ScorecardSection table={view.scorecard.table} links={view.scorecard.links} group={view.kind === 'group'} />
    </>
  );
}
