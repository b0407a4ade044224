import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { AboutDataView } from '@/components/about-data';
import { aboutOewsRelease } from '@/lib/about-data';
import { getDataset } from '@/lib/data/get-dataset';
import { requestOrigin } from '@/lib/http';
import { getWageRelease } from '@/lib/occupations';
import { oewsReleaseLinks } from '@/lib/release-downloads';

export const metadata: Metadata = { title: 'About this data: OEWS release' };

/** `/about-data/releases/oews/2024`: the provenance of `/releases/oews/2024.csv`. Rendered per request for its download date. */
export default async function AboutOewsReleasePage({ params }: { params: Promise<{ year: string }> }) {
  const { year } = await params;
  const release = /^\d{4}$/.test(year) ? getWageRelease(getDataset(), Number(year)) : null;
  if (!release) notFound();
  const about = aboutOewsRelease(release, oewsReleaseLinks(release), { origin: requestOrigin(await headers()), downloaded: new Date() });
  return <AboutDataView about={about} />;
}
