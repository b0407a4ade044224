import type { NextRequest } from 'next/server';
import { busyChartResponse, chartFileResponse, readFigureFileParams, tableCsvResponse } from '@/lib/charts/files';
import { toSearchParams } from '@/lib/http/query';
import { getDataset } from '@/lib/data/get-dataset';
import { plainError } from '@/lib/http/responses';
import { getScorecard } from '@/lib/scorecard/model';
import { scorecardFile, SCORECARD_FILES } from '@/lib/scorecard/files';
import { readScorecardFileRequest } from '@/lib/scorecard/view';

/**
 * The scorecard's files, at stable URLs:
 * - `/scorecard/scorecard.csv?vintage=2008-18&group=29&sort=error&dir=desc` the occupation table, rows as the page orders them;
 * - `/scorecard/groups.csv?vintage=…` and `/scorecard/vintages.csv` the summary tables;
 * - `/scorecard/groups.svg?vintage=…` the chart (`&width=narrow` for phones, `&download=1` to save it in light colours);
 * - `/scorecard/groups.png?vintage=…` the same chart as PNG at twice its size, same parameters.
 * A malformed parameter gets 400, a well-formed unknown one 404.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const { file } = await params;
  if (!(SCORECARD_FILES as readonly string[]).includes(file)) return plainError(404, `No such file: ${JSON.stringify(file.slice(0, 60))}. Files: ${SCORECARD_FILES.join(', ')}.`);
  const search = toSearchParams(request.nextUrl.searchParams);
  const figure = readFigureFileParams(search);
  if (figure instanceof Response) return figure;

  const busy = await busyChartResponse(file.endsWith('.csv') ? 'csv' : file.endsWith('.png') ? 'png' : 'svg', request);
  if (busy) return busy;
  const card = getScorecard(getDataset());
  const read = readScorecardFileRequest(card, search);
  if (!read.ok) return plainError(read.status, read.message);
  const found = scorecardFile(card, read.view, file as (typeof SCORECARD_FILES)[number]);
  if (found.kind === 'table') {
    return tableCsvResponse(found.table, found.nameParts);
  }
  return chartFileResponse(found.spec, figure.width, found.ext, figure.download, found.nameParts, request);
}
