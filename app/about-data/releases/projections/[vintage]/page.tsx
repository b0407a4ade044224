import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { AboutDataView } from '@/components/about-data';
import { aboutProjectionVintage } from '@/lib/about-data';
import { getDataset } from '@/lib/data/get-dataset';
import { requestOrigin } from '@/lib/http';
import { getVintage } from '@/lib/occupations';
import { projectionVintageLinks } from '@/lib/release-downloads';

export const metadata: Metadata = { title: 'About this data: Employment Projections vintage' };

/** `/about-data/releases/projections/2024-34`: the provenance of `/releases/projections/2024-34.csv`. Rendered per request for its download date. */
export default async function AboutProjectionVintagePage({ params }: { params: Promise<{ vintage: string }> }) {
  const { vintage: name } = await params;
  const vintage = getVintage(getDataset(), name);
  if (!vintage) notFound();
  const about = aboutProjectionVintage(vintage, projectionVintageLinks(vintage), { origin: requestOrigin(await headers()), downloaded: new Date() });
  return <AboutDataView about={about} />;
}
