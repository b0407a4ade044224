import type { Dataset, ProjectionVintage, WageRelease } from '../data/assemble';
import { COMPARE_QUERY } from './params';
import { quote, readQuery, type SearchParams } from '../http/query';
import { MAX_OCCUPATIONS } from './model';
import { getOccupationIndex, getVintage, getWageRelease, latestVintage, latestWageRelease, parseSocCode } from '../data/occupations';

/**
 * The query of a comparison file (`/compare/growth.csv?occupations=…&vintage=…&release=…`),
 * read as strictly as a script needs. The page shows what it can and names the rest in a
 * notice; a file must hold exactly what was asked for, so anything off is refused: a malformed
 * value with 400, a well-formed one that no shipped release has with 404.
 */
export type CompareFileRequest =
  | { ok: true; codes: string[]; vintage: ProjectionVintage; release: WageRelease; dollars: string | null }
  | { ok: false; status: 400 | 404; message: string };

/**
 * Reads the comparison's one schema (COMPARE_QUERY) strictly: its first problem is a 400.
 * Then each code must be a code (400) that some shipped release has (404), and the vintage,
 * release and dollars must exist in the data (404).
 */
export function readCompareFileRequest(dataset: Dataset, params: SearchParams): CompareFileRequest {
  const fail = (status: 400 | 404, message: string): CompareFileRequest => ({ ok: false, status, message });
  const { values, problems } = readQuery(COMPARE_QUERY, params);
  const problem = problems[0];
  if (problem) return fail(400, problem.message);
  const listed = values.occupations ?? [];
  if (listed.length === 0) return fail(400, 'Name occupations with ?occupations=29-2071,31-9094 (SOC codes, comma-separated).');
  const codes: string[] = [];
  for (const item of listed) {
    const code = parseSocCode(item);
    if (!code) return fail(400, `${quote(item)} is not an occupation code (expected a code like 29-2071).`);
    if (!codes.includes(code)) codes.push(code);
  }
  if (codes.length > MAX_OCCUPATIONS) return fail(400, `A comparison holds at most ${MAX_OCCUPATIONS} occupations; ${codes.length} were given.`);
  const index = getOccupationIndex(dataset);
  const unknown = codes.filter((c) => !index.byCode.has(c));
  if (unknown.length) return fail(404, `Not an occupation code in any BLS release shipped here: ${unknown.join(', ')}.`);

  const vintage = values.vintage == null ? latestVintage(dataset) : getVintage(dataset, values.vintage);
  if (!vintage) return fail(404, `There is no projections vintage ${values.vintage}. Vintages: ${dataset.projectionVintages.map((v) => v.vintage).join(', ')}.`);
  const release = values.release == null ? latestWageRelease(dataset) : getWageRelease(dataset, values.release);
  if (!release) return fail(404, `There is no OEWS release for May ${values.release}. Releases (May of): ${dataset.wageReleases.map((r) => r.year).join(', ')}.`);
  const dollars = values.dollars ?? null;
  if (dollars != null && dollars !== 'nominal' && !dataset.cpi?.records.some((r) => r.year === Number(dollars))) {
    return fail(404, `There is no CPI-U annual average for ${dollars}, so wages cannot be shown in ${dollars} dollars.`);
  }
  return { ok: true, codes, vintage, release, dollars };
}
