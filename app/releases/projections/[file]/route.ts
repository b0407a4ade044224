import { getDataset } from '@/lib/data/get-dataset';
import { DATED_FILE_CACHE } from '@/lib/http/downloads';
import { CSV_CONTENT_TYPE, fileResponse, plainError } from '@/lib/http/responses';
import { getVintage } from '@/lib/data/occupations';
import { projectionVintageCsv, projectionVintageFileName } from '@/lib/releases/files';

/**
 * `/releases/projections/2024-34.csv`: every occupation of one Employment Projections
 * vintage. Not prerendered: the file name carries the download date. The body is written once
 * per process (lib/releases/files), so a request costs a lookup.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const { file } = await params;
  const dataset = getDataset();
  const vintages = dataset.projectionVintages.map((v) => v.vintage).join(', ');
  const match = /^(\d{4}-\d{2})\.csv$/.exec(file);
  if (!match?.[1]) return plainError(404, `No such file: ${JSON.stringify(file.slice(0, 60))}. Projections are /releases/projections/<vintage>.csv for ${vintages}.`);
  const vintage = getVintage(dataset, match[1]);
  if (!vintage) return plainError(404, `There is no projections vintage ${match[1]}. Vintages: ${vintages}.`);
  return fileResponse(projectionVintageCsv(vintage), {
    contentType: CSV_CONTENT_TYPE,
    fileName: projectionVintageFileName(vintage, new Date()),
    disposition: 'attachment',
    cacheControl: DATED_FILE_CACHE,
  });
}
