import type { Dataset } from '../data/assemble';
import { compareHref } from '../comparison/params';
import { ONET_CREDIT } from '../data/onet';
import type { DownloadLinks } from '../http/downloads';
import { CLASSIFICATION_LABEL, CLASSIFICATIONS, type Relation } from '../lineage/lineage';
import type { Phrase } from '../lineage/text';
import { getOccupationIndex, latestVintage, latestWageRelease } from '../data/occupations';
import { levelOf, type OccupationProfile } from './model';
import { profileFile, profileScorecardLinks, profileScorecardTable, type ProfileFile } from './files';
import { defaultDollars, dollarsLabel, dollarsParam, dollarsQuery, NOMINAL } from '../dollars/real-dollars';
import type { RelatedOccupations } from './related';
import type { DataTable } from '../tables/table';
import { GROWTH_RULE } from './growth-phrase';
import { getGroupMembers, type GroupMembers } from './members';
import { getAlsoCalled, getJobZones, getRequiredEducation, getTechnology, getWhatTheyDo, type AlsoCalled, type JobZoneView, type RequiredEducationView, type TechnologyView, type WhatTheyDo } from './onet-sections';
import { getQuickFacts, type QuickFacts } from './quick-facts';
import { getRelatedTable, type RelatedTable } from './related-table';
import { getSuccessors, isRetired } from './successors';
import { getBlsTraining, type BlsTrainingRow } from './training';

/**
 * An occupation's profile page as plain JSON (page props): every figure and sentence the page
 * shows, computed here from the dataset, so the components only draw it. Sections in the order a
 * person choosing a career reads them; the analysts' history follows.
 */
export interface ProfileView {
  socCode: string;
  title: string;
  levelLabel: string;
  /** A detailed occupation, or a group (major, minor, broad, an EP summary code, all occupations). */
  kind: 'occupation' | 'group';
  retired: boolean;
  contents: { id: string; label: string }[];
  quickFacts: QuickFacts | null;
  growthRule: string;
  /** O*NET's credit line, shown under every section with O*NET data. */
  onetCredit: string;
  successors: QuickFacts[];
  members: GroupMembers | null;
  whatTheyDo: WhatTheyDo | null;
  alsoCalled: AlsoCalled | null;
  howToBecome: { bls: BlsTrainingRow[]; jobZones: JobZoneView[]; requiredEducation: RequiredEducationView[] } | null;
  technology: TechnologyView | null;
  wages: { count: number; hasOwn: boolean; variants: WageVariant[] };
  projections: { file: ProfileFile | null; linked: string[] };
  related: RelatedOccupations;
  relatedTable: RelatedTable;
  compareRelatedHref: string;
  history: HistoryView;
  scorecard: { table: DataTable | null; links: DownloadLinks };
}

export interface WageVariant {
  /** `2024` or `nominal`: the fragment that selects it and the `dollars` value of its files. */
  key: string;
  label: string;
  file: ProfileFile;
  /** Null for the default dollars, which URLs leave out. */
  dollarsParam: string | null;
}

/** Text with codes in it; each code says whether the site has a page for it. */
export type PhraseView = (string | { socCode: string; title: string; known: boolean })[];

export interface HistoryView {
  titles: OccupationProfile['titles'];
  wageSpan: string | null;
  projectionSpan: string | null;
  compareHref: string;
  steps: { key: string; relation: Relation; label: string; phrase: PhraseView; effective: string | null; source: string }[];
  /** The classifications in which the code went on unchanged ("2010 SOC and 2018 SOC"), if any. */
  unchangedIn: string[];
  listed: boolean;
}

const GROUP_LEVELS = new Set(['total', 'major', 'minor', 'broad', 'summary']);

export function toProfileView(dataset: Dataset, profile: OccupationProfile): ProfileView {
  const { socCode } = profile;
  const index = getOccupationIndex(dataset);
  const occupation = index.byCode.get(socCode);
  const kind = occupation && GROUP_LEVELS.has(levelOf(dataset, occupation)) ? 'group' : 'occupation';
  const retired = isRetired(dataset, socCode);
  const detailed = kind === 'occupation';
  const quickFacts = detailed && !retired ? getQuickFacts(dataset, socCode) : null;
  const whatTheyDo = detailed ? getWhatTheyDo(dataset, socCode) : null;
  const alsoCalled = detailed ? getAlsoCalled(dataset, socCode) : null;
  const bls = detailed ? getBlsTraining(dataset, socCode) : [];
  const jobZones = detailed ? getJobZones(dataset, socCode) : [];
  const requiredEducation = detailed ? getRequiredEducation(dataset, socCode) : [];
  const howToBecome = bls.length || jobZones.length || requiredEducation.length ? { bls, jobZones, requiredEducation } : null;
  const technology = detailed ? getTechnology(dataset, socCode) : null;
  const members = detailed ? null : getGroupMembers(dataset, socCode);
  const successors = getSuccessors(dataset, socCode, profile.related);
  const relatedTable = getRelatedTable(dataset, socCode, profile.related);
  const vintage = occupation?.vintages.at(-1) ?? latestVintage(dataset).vintage;
  const year = occupation?.wageYears.at(-1) ?? latestWageRelease(dataset).year;
  const known = new Set(index.byCode.keys());
  const projectionFile = profileFile(profile, 'projections');
  const contents = [
    successors.length ? { id: 'today', label: 'What it is today' } : null,
    quickFacts ? { id: 'quick-facts', label: 'Quick facts' } : null,
    members ? { id: 'members', label: `Occupations in this group` } : null,
    whatTheyDo ? { id: 'what-they-do', label: 'What they do' } : null,
    alsoCalled ? { id: 'also-called', label: 'Also called' } : null,
    howToBecome ? { id: 'how-to-become-one', label: 'How to become one' } : null,
    technology ? { id: 'tools', label: 'Tools and technology' } : null,
    { id: 'pay', label: 'Pay' },
    { id: 'outlook', label: 'Job outlook' },
    members ? null : { id: 'related', label: 'Related occupations' },
    { id: 'history', label: 'Code history' },
    { id: 'scorecard', label: 'Did the projections come true?' },
  ].filter((c): c is { id: string; label: string } => c !== null);
  return {
    socCode,
    title: profile.title,
    levelLabel: profile.levelLabel,
    kind,
    retired,
    contents,
    quickFacts,
    growthRule: GROWTH_RULE,
    onetCredit: ONET_CREDIT,
    successors,
    members,
    whatTheyDo,
    alsoCalled,
    howToBecome,
    technology,
    wages: { count: profile.wages.rows.length, hasOwn: profile.wages.rows.some((r) => r.style.segment.kind === 'own'), variants: wageVariants(dataset, profile) },
    projections: {
      file: projectionFile,
      linked: [...new Set(profile.projections.rows.filter((r) => r.style.segment.kind === 'linked').map((r) => r.point.socCode))],
    },
    related: profile.related,
    relatedTable,
    compareRelatedHref: compareHref(relatedTable.compareCodes, latestVintage(dataset).vintage, latestWageRelease(dataset).year),
    history: {
      titles: profile.titles.length > 1 ? profile.titles : [],
      wageSpan: profile.wageSpan,
      projectionSpan: profile.projectionSpan,
      compareHref: compareHref([socCode], vintage, year),
      steps: profile.lineage
        .filter((s) => s.change.relation !== 'unchanged')
        .map((s) => ({ key: `${s.boundary}-${s.change.direction}`, relation: s.change.relation, label: s.label, phrase: phraseView(s.phrase, known), effective: s.effective, source: s.source })),
      unchangedIn: unchangedIn(profile),
      listed: profile.lineage.length > 0,
    },
    scorecard: { table: profileScorecardTable(dataset, profile), links: profileScorecardLinks(socCode, `Projected against actual employment, ${socCode}`) },
  };
}

function phraseView(phrase: Phrase, known: ReadonlySet<string>): PhraseView {
  return phrase.map((part) => (typeof part === 'string' ? part : { socCode: part.socCode, title: part.title, known: known.has(part.socCode) }));
}

function unchangedIn(profile: OccupationProfile): string[] {
  const unchanged = profile.lineage.filter((s) => s.change.relation === 'unchanged');
  if (unchanged.length === 0) return [];
  return CLASSIFICATIONS.filter((c) => unchanged.some((s) => s.change.boundary.from === c || s.change.boundary.to === c)).map((c) => CLASSIFICATION_LABEL[c]);
}

/** The wage history drawn in constant dollars of the latest release (first, the default) and in nominal dollars; both tables hold the published wages. */
function wageVariants(dataset: Dataset, profile: OccupationProfile): WageVariant[] {
  return [defaultDollars(dataset), NOMINAL].flatMap((dollars) => {
    const file = profileFile(profile, 'wages', { dollars, cpi: dataset.cpi });
    return file ? [{ key: dollarsParam(dollars), label: dollars.kind === 'nominal' ? 'nominal dollars (as published)' : dollarsLabel(dollars), file, dollarsParam: dollarsQuery(dollars, dataset) }] : [];
  });
}
