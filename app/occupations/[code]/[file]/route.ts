import type { NextRequest } from 'next/server';
import { busyChartResponse, chartFileResponse, readFigureFileParams, tableCsvResponse } from '@/lib/charts/files';
import { getDataset } from '@/lib/data/get-dataset';
import { plainError } from '@/lib/http/responses';
import { readQuery, toSearchParams } from '@/lib/http/query';
import { getProfile } from '@/lib/profile/model';
import { parseDollars } from '@/lib/dollars/real-dollars';
import { isProfileFileSlug, profileFile, profileScorecardTable, PROFILE_FILE_QUERY } from '@/lib/profile/files';

const NO_SUCH_FILE = 'A profile has wages.svg, wages.png, wages.csv, projections.svg, projections.png, projections.csv and scorecard.csv.';

/**
 * `/occupations/29-2071/wages.svg` (the chart the profile shows; `?width=narrow` for phones,
 * `?download=1` to save it), `wages.png` (the same chart as PNG at twice its size, same
 * parameters) and `/occupations/29-2071/wages.csv` (the chart's table).
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ code: string; file: string }> }): Promise<Response> {
  const { code, file } = await params;
  if (file === 'scorecard.csv') return scorecardCsv(code);
  const match = /^([a-z]+)\.(svg|png|csv)$/.exec(file);
  const slug = match?.[1];
  const ext = match?.[2] as 'svg' | 'png' | 'csv' | undefined;
  if (!slug || !ext || !isProfileFileSlug(slug)) return plainError(404, `No such file: ${JSON.stringify(file.slice(0, 60))}. ${NO_SUCH_FILE}`);
  const search = toSearchParams(request.nextUrl.searchParams);
  const figure = readFigureFileParams(search);
  if (figure instanceof Response) return figure;
  const busy = await busyChartResponse(ext, request);
  if (busy) return busy;
  const dataset = getDataset();
  const query = readQuery(PROFILE_FILE_QUERY, search);
  if (query.problems[0]) return plainError(400, query.problems[0].message);
  const { dollars, notice } = parseDollars(query.values.dollars, dataset);
  if (notice) return plainError(404, notice);
  const profile = getProfile(dataset, code);
  if (!profile) return plainError(404, `${JSON.stringify(code.slice(0, 40))} is not an occupation code in any BLS release shipped here.`);
  const found = profileFile(profile, slug, { dollars, cpi: dataset.cpi });
  if (!found) return plainError(404, `${profile.socCode} has no ${slug} in the releases shipped here.`);
  if (ext === 'csv') {
    return tableCsvResponse(found.table, found.tableNameParts);
  }
  return chartFileResponse(found.spec, figure.width, ext, figure.download, found.nameParts, request);
}

/** `/occupations/29-2071/scorecard.csv`: every scored projection of the code against what BLS later counted. */
function scorecardCsv(code: string): Response {
  const dataset = getDataset();
  const profile = getProfile(dataset, code);
  if (!profile) return plainError(404, `${JSON.stringify(code.slice(0, 40))} is not an occupation code in any BLS release shipped here.`);
  const table = profileScorecardTable(dataset, profile);
  if (!table) return plainError(404, `No projection of ${profile.socCode} can be checked against a later count.`);
  return tableCsvResponse(table, [profile.socCode, 'projection-scorecard']);
}
