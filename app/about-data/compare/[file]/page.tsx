import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { AboutDataView } from '@/components/about-data';
import { aboutCompareFile } from '@/lib/about-data';
import { buildComparison } from '@/lib/comparison';
import { compareDownloadLinks, compareFile, isCompareFileSlug } from '@/lib/compare-downloads';
import { readCompareFileRequest } from '@/lib/compare-file-request';
import type { SearchParams } from '@/lib/compare-params';
import { getDataset } from '@/lib/data/get-dataset';
import { requestOrigin } from '@/lib/http';

export const metadata: Metadata = { title: 'About this data' };

/**
 * `/about-data/compare/growth?occupations=…&vintage=…&release=…`: the provenance of
 * `/compare/growth.csv` (and .svg) with the same query. A query the file would refuse is a 404 here.
 */
export default async function AboutCompareFilePage({ params, searchParams }: { params: Promise<{ file: string }>; searchParams: Promise<SearchParams> }) {
  const { file: slug } = await params;
  if (!isCompareFileSlug(slug)) notFound();
  const dataset = getDataset();
  const read = readCompareFileRequest(dataset, await searchParams);
  if (!read.ok) notFound();
  const comparison = buildComparison(dataset, { codes: read.codes, vintage: read.vintage.vintage, wageYear: read.release.year, dollars: read.dollars });
  const file = compareFile(dataset, comparison, slug);
  if (!file) notFound();
  const links = compareDownloadLinks(slug, file.title, read.codes, read.vintage.vintage, read.release.year, read.dollars);
  const about = aboutCompareFile(dataset, comparison, file, links, { origin: requestOrigin(await headers()), downloaded: new Date() });
  return <AboutDataView about={about} />;
}
