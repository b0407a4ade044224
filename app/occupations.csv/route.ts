import { getDataset } from '@/lib/data/get-dataset';
import { DATED_FILE_CACHE, downloadFileName, releaseTag } from '@/lib/http/downloads';
import { parseFinderParamsStrict } from '@/lib/finder/params';
import { filterRows, getFinderRows } from '@/lib/finder/rows';
import { finderTable } from '@/lib/finder/table';
import { toSearchParams } from '@/lib/http/query';
import { CSV_CONTENT_TYPE, fileResponse, plainError } from '@/lib/http/responses';
import { tableToCsv } from '@/lib/tables/table-csv';

/**
 * `/occupations.csv?group=29&education=associates&sort=-growth`: the occupation finder's rows
 * for the same parameters as `/occupations`, in the page's order. Every matching row, not one
 * page: `page` is read (a malformed one is a 400 like any other) so a page's own URL works here,
 * but it does not cut the file. A bad parameter is a 400 that names it (the page shows a notice
 * instead).
 */
export async function GET(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const parsed = parseFinderParamsStrict(toSearchParams(url.searchParams));
  if (!parsed.ok) return plainError(400, `Bad parameters for the occupation finder:\n${parsed.errors.join('\n')}\nThe parameters are described at /about-data/occupations.`);
  const dataset = getDataset();
  const { rows, source } = getFinderRows(dataset);
  const csv = tableToCsv(finderTable(filterRows(dataset, rows, parsed.params), source));
  return fileResponse(csv, {
    contentType: CSV_CONTENT_TYPE,
    fileName: downloadFileName(['occupations', releaseTag(source.wageYear), source.vintage], 'csv', new Date()),
    disposition: 'attachment',
    cacheControl: DATED_FILE_CACHE,
  });
}
