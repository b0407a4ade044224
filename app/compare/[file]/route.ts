import type { NextRequest } from 'next/server';
import { chartFileResponse } from '@/lib/chart-files';
import { buildComparison } from '@/lib/comparison';
import { compareFile, isCompareFileSlug } from '@/lib/compare-downloads';
import { readCompareFileRequest } from '@/lib/compare-file-request';
import { toSearchParams } from '@/lib/compare-params';
import { getDataset } from '@/lib/data/get-dataset';
import { DATED_FILE_CACHE, downloadFileName } from '@/lib/downloads';
import { CSV_CONTENT_TYPE, fileResponse, plainError } from '@/lib/http';
import { scoredPairs } from '@/lib/scorecard';
import { tableToCsv } from '@/lib/table-csv';

const NO_SUCH_FILE = 'Figures are growth, median-wage, wage-range, growth-vs-wage, wage-trend and projection-check, as .svg, .png or .csv; comparison.csv is the table of projections and wages.';

/**
 * One file of a comparison, for the page and for scripts:
 * - `/compare/growth.svg?occupations=…&vintage=…&release=…` the chart the page shows
 *   (`&width=narrow` for the phone layout; `&download=1` saves it, light colours, dated name);
 * - `/compare/growth.png?…` the same chart as PNG at twice its size, same parameters;
 * - `/compare/growth.csv?…` the chart's table: the page's rows in its order, full precision;
 * - `/compare/comparison.csv?…` the table of projections and wages on the home page.
 * A malformed parameter gets 400, an unknown code, vintage or release 404 (lib/compare-file-request).
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const { file } = await params;
  const match = /^([a-z-]+)\.(svg|png|csv)$/.exec(file);
  const slug = match?.[1];
  const ext = match?.[2] as 'svg' | 'png' | 'csv' | undefined;
  if (!slug || !ext || !isCompareFileSlug(slug)) return plainError(404, `No such file: ${JSON.stringify(file.slice(0, 60))}. ${NO_SUCH_FILE}`);
  const search = toSearchParams(request.nextUrl.searchParams);
  const width = search.width === 'narrow' ? 'narrow' : search.width === undefined || search.width === 'wide' ? 'wide' : null;
  if (!width) return plainError(400, 'width must be narrow or wide.');
  const download = search.download === undefined || search.download === '0' ? false : search.download === '1' ? true : null;
  if (download === null) return plainError(400, 'download must be 1 (save the file) or 0.');

  const dataset = getDataset();
  const read = readCompareFileRequest(dataset, search);
  if (!read.ok) return plainError(read.status, read.message);
  const comparison = buildComparison(dataset, { codes: read.codes, vintage: read.vintage.vintage, wageYear: read.release.year, dollars: read.dollars });
  const found = compareFile(dataset, comparison, slug);
  if (!found) return plainError(404, `The ${read.vintage.vintage} projections cannot be checked yet: their target year ${read.vintage.targetYear} has no later vintage counting it. Vintages checked: ${scoredPairs(dataset).map(([v]) => v.vintage).join(', ')}.`);

  if (ext === 'csv') {
    return fileResponse(tableToCsv(found.table), {
      contentType: CSV_CONTENT_TYPE,
      fileName: downloadFileName(found.nameParts, 'csv', new Date()),
      disposition: 'attachment',
      cacheControl: DATED_FILE_CACHE,
    });
  }
  if (!found.spec) return plainError(404, `${slug} is a table, not a chart: ask for ${slug}.csv. ${NO_SUCH_FILE}`);
  return chartFileResponse(found.spec, width, ext, download, found.nameParts);
}
