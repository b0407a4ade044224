import type { NextRequest } from 'next/server';
import { chartFileResponse } from '@/lib/chart-files';
import { toSearchParams } from '@/lib/compare-params';
import { getDataset } from '@/lib/data/get-dataset';
import { DATED_FILE_CACHE, downloadFileName } from '@/lib/downloads';
import { CSV_CONTENT_TYPE, fileResponse, plainError } from '@/lib/http';
import { getScorecard } from '@/lib/scorecard';
import { scorecardFile, SCORECARD_FILES } from '@/lib/scorecard-files';
import { readScorecardFileRequest } from '@/lib/scorecard-view';
import { tableToCsv } from '@/lib/table-csv';

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
  const width = search.width === 'narrow' ? 'narrow' : search.width === undefined || search.width === 'wide' ? 'wide' : null;
  if (!width) return plainError(400, 'width must be narrow or wide.');
  const download = search.download === undefined || search.download === '0' ? false : search.download === '1' ? true : null;
  if (download === null) return plainError(400, 'download must be 1 (save the file) or 0.');

  const card = getScorecard(getDataset());
  const read = readScorecardFileRequest(card, search);
  if (!read.ok) return plainError(read.status, read.message);
  const found = scorecardFile(card, read.view, file as (typeof SCORECARD_FILES)[number]);
  if (found.kind === 'table') {
    return fileResponse(tableToCsv(found.table), {
      contentType: CSV_CONTENT_TYPE,
      fileName: downloadFileName(found.nameParts, 'csv', new Date()),
      disposition: 'attachment',
      cacheControl: DATED_FILE_CACHE,
    });
  }
  return chartFileResponse(found.spec, width, found.ext, download, found.nameParts);
}
