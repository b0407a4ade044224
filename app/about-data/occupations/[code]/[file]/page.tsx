import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { AboutDataView } from '@/components/about-data';
import { aboutProfileFile } from '@/lib/about-data';
import { getDataset } from '@/lib/data/get-dataset';
import { requestOrigin } from '@/lib/http';
import { getProfile } from '@/lib/profile';
import { isProfileFileSlug, profileDownloadLinks, profileFile } from '@/lib/profile-downloads';

export const metadata: Metadata = { title: 'About this data' };

/** `/about-data/occupations/29-2071/wages`: the provenance of `/occupations/29-2071/wages.csv` and `.svg`. */
export default async function AboutProfileFilePage({ params }: { params: Promise<{ code: string; file: string }> }) {
  const { code, file: slug } = await params;
  if (!isProfileFileSlug(slug)) notFound();
  const dataset = getDataset();
  const profile = getProfile(dataset, code);
  if (!profile) notFound();
  const file = profileFile(profile, slug);
  if (!file) notFound();
  const links = profileDownloadLinks(profile.socCode, slug, file.spec.title);
  return <AboutDataView about={aboutProfileFile(dataset, profile, file, links, { origin: requestOrigin(await headers()), downloaded: new Date() })} />;
}
