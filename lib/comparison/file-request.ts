import type { Dataset, ProjectionVintage, WageRelease } from '../data/assemble';
import type { SearchParams } from './params';
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

const MAX_PARAM_LENGTH = 2000;
/** Quotes a bit of untrusted input for a plain-text message: bounded, control characters visible. */
const quote = (raw: string): string => JSON.stringify(raw.slice(0, 40));

/** A parameter that may appear at most once; blank counts as absent (the latest is used). */
function single(params: SearchParams, name: string): { value: string | null } | { error: string } {
  const value = params[name];
  if (Array.isArray(value)) return { error: `Give ${name} once; it was given ${value.length} times.` };
  return { value: value == null || value.trim() === '' ? null : value.trim().slice(0, MAX_PARAM_LENGTH) };
}

export function readCompareFileRequest(dataset: Dataset, params: SearchParams): CompareFileRequest {
  const fail = (status: 400 | 404, message: string): CompareFileRequest => ({ ok: false, status, message });
  const raw = params.occupations;
  const listed = (Array.isArray(raw) ? raw.join(',') : raw ?? '').slice(0, MAX_PARAM_LENGTH).split(',').map((c) => c.trim()).filter(Boolean);
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

  const vintageRead = single(params, 'vintage');
  if ('error' in vintageRead) return fail(400, vintageRead.error);
  const vintageParam = vintageRead.value;
  if (vintageParam != null && !/^\d{4}-\d{2}$/.test(vintageParam)) return fail(400, `${quote(vintageParam)} is not a projections vintage (expected e.g. 2008-18).`);
  const vintage = vintageParam == null ? latestVintage(dataset) : getVintage(dataset, vintageParam);
  if (!vintage) return fail(404, `There is no projections vintage ${vintageParam}. Vintages: ${dataset.projectionVintages.map((v) => v.vintage).join(', ')}.`);

  const releaseRead = single(params, 'release');
  if ('error' in releaseRead) return fail(400, releaseRead.error);
  const releaseParam = releaseRead.value;
  if (releaseParam != null && !/^\d{4}$/.test(releaseParam)) return fail(400, `${quote(releaseParam)} is not an OEWS release year (expected e.g. 2024).`);
  const release = releaseParam == null ? latestWageRelease(dataset) : getWageRelease(dataset, Number(releaseParam));
  if (!release) return fail(404, `There is no OEWS release for May ${releaseParam}. Releases (May of): ${dataset.wageReleases.map((r) => r.year).join(', ')}.`);

  const dollarsRead = single(params, 'dollars');
  if ('error' in dollarsRead) return fail(400, dollarsRead.error);
  const dollars = dollarsRead.value?.toLowerCase() ?? null;
  if (dollars != null && dollars !== 'nominal' && !/^\d{4}$/.test(dollars)) return fail(400, `${quote(dollars)} is not a choice of dollars (expected nominal or a base year such as 2024).`);
  if (dollars != null && /^\d{4}$/.test(dollars) && !dataset.cpi?.records.some((r) => r.year === Number(dollars))) {
    return fail(404, `There is no CPI-U annual average for ${dollars}, so wages cannot be shown in ${dollars} dollars.`);
  }
  return { ok: true, codes, vintage, release, dollars };
}
