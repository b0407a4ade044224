import { getDataset } from '@/lib/data/get-dataset';
import { DATED_FILE_CACHE } from '@/lib/http/downloads';
import { CSV_CONTENT_TYPE, fileResponse, plainError } from '@/lib/http/responses';
import { getWageRelease } from '@/lib/data/occupations';
import { oewsReleaseCsv, oewsReleaseFileName } from '@/lib/releases/files';

/**
 * `/releases/oews/2024.csv`: every occupation of one OEWS national release, normalised.
 * Not prerendered: the file name carries the download date. The body is written once per
 * process (lib/releases/files), so a request costs a lookup.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const { file } = await params;
  const dataset = getDataset();
  const years = dataset.wageReleases.map((r) => r.year).join(', ');
  const match = /^(\d{4})\.csv$/.exec(file);
  if (!match?.[1]) return plainError(404, `No such file: ${JSON.stringify(file.slice(0, 60))}. OEWS releases are /releases/oews/<year>.csv for ${years}.`);
  const release = getWageRelease(dataset, Number(match[1]));
  if (!release) return plainError(404, `There is no OEWS release for May ${match[1]}. Releases (May of): ${years}.`);
  return fileResponse(oewsReleaseCsv(release), {
    contentType: CSV_CONTENT_TYPE,
    fileName: oewsReleaseFileName(release, new Date()),
    disposition: 'attachment',
    cacheControl: DATED_FILE_CACHE,
  });
}
