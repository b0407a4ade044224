import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { AboutDataView } from '@/components/about-data';
import { aboutProfileFile, aboutProfileScorecard } from '@/lib/about-data';
import { getDataset } from '@/lib/data/get-dataset';
import { requestOrigin } from '@/lib/http';
import { getProfile } from '@/lib/profile';
import { dollarsQuery, parseDollars } from '@/lib/real-dollars';
import { isProfileFileSlug, profileDownloadLinks, profileFile, profileScorecardLinks, profileScorecardTable } from '@/lib/profile-downloads';

export const metadata: Metadata = { title: 'About this data' };

/** `/about-data/occupations/29-2071/wages`: the provenance of `/occupations/29-2071/wages.csv` and `.svg`. */
export default async function AboutProfileFilePage({ params, searchParams }: { params: Promise<{ code: string; file: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { code, file: slug } = await params;
  const dataset = getDataset();
  const profile = getProfile(dataset, code);
  if (!profile) notFound();
  if (slug === 'scorecard') {
    const table = profileScorecardTable(dataset, profile);
    if (!table) notFound();
    const links = profileScorecardLinks(profile.socCode, `Projected against actual employment, ${profile.socCode}`);
    return <AboutDataView about={aboutProfileScorecard(profile, table, links, { origin: requestOrigin(await headers()), downloaded: new Date() })} />;
  }
  if (!isProfileFileSlug(slug)) notFound();
  const raw = (await searchParams).dollars;
  if (Array.isArray(raw) || (raw !== undefined && !/^(nominal|\d{4})$/.test(raw))) notFound();
  const { dollars, notice } = parseDollars(raw, dataset);
  if (notice) notFound();
  const file = profileFile(profile, slug, { dollars, cpi: dataset.cpi });
  if (!file) notFound();
  const links = profileDownloadLinks(profile.socCode, slug, file.spec.title, dollarsQuery(dollars, dataset));
  return <AboutDataView about={aboutProfileFile(dataset, profile, file, links, { origin: requestOrigin(await headers()), downloaded: new Date() })} />;
}
