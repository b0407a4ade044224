import type { NextRequest } from 'next/server';
import { busyChartResponse, chartFileResponse, readFigureFileParams, tableCsvResponse } from '@/lib/charts/files';
import { isCompareFileSlug, readCompareFile } from '@/lib/comparison/files';
import { toSearchParams } from '@/lib/http/query';
import { getDataset } from '@/lib/data/get-dataset';
import { plainError } from '@/lib/http/responses';

const NO_SUCH_FILE = 'Figures are growth, median-wage, wage-range, growth-vs-wage, wage-trend and projection-check, as .svg, .png or .csv; comparison.csv is the table of projections and wages.';

/**
 * One file of a comparison, for the page and for scripts:
 * - `/compare/growth.svg?occupations=…&vintage=…&release=…` the chart the page shows
 *   (`&width=narrow` for the phone layout; `&download=1` saves it, light colours, dated name);
 * - `/compare/growth.png?…` the same chart as PNG at twice its size, same parameters;
 * - `/compare/growth.csv?…` the chart's table: the page's rows in its order, full precision;
 * - `/compare/comparison.csv?…` the table of projections and wages on the home page.
 * A malformed parameter gets 400, an unknown code, vintage or release 404 (lib/comparison/file-request).
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const { file } = await params;
  const match = /^([a-z-]+)\.(svg|png|csv)$/.exec(file);
  const slug = match?.[1];
  const ext = match?.[2] as 'svg' | 'png' | 'csv' | undefined;
  if (!slug || !ext || !isCompareFileSlug(slug)) return plainError(404, `No such file: ${JSON.stringify(file.slice(0, 60))}. ${NO_SUCH_FILE}`);
  const search = toSearchParams(request.nextUrl.searchParams);
  const figure = readFigureFileParams(search);
  if (figure instanceof Response) return figure;

  const busy = await busyChartResponse(ext, request);
  if (busy) return busy;
  const asked = readCompareFile(getDataset(), search, slug);
  if (!asked.ok) return plainError(asked.status, asked.message);
  const found = asked.file;

  if (ext === 'csv') {
    return tableCsvResponse(found.table, found.tableNameParts);
  }
  if (!found.spec) return plainError(404, `${slug} is a table, not a chart: ask for ${slug}.csv. ${NO_SUCH_FILE}`);
  return chartFileResponse(found.spec, figure.width, ext, figure.download, found.nameParts, request);
}
