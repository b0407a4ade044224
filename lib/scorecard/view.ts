import { matching, oneOf, quote, readQuery, single, type Fields, type SearchParams } from '../http/query';
import { SPANS_GROUPS } from './groups';
import { getVintageScorecard, type Scorecard, type ScorecardEntry, type ScorecardRow, type VintageScorecard } from './model';

/**
 * The scorecard page's state in its URL: `/scorecard?vintage=2008-18&group=29&sort=error&dir=desc`.
 * The page reads it leniently (unknown values become notices); the files under /scorecard/
 * read it strictly (400 or 404), since a file must hold exactly what was asked for.
 */

export const SORT_KEYS = ['code', 'occupation', 'base', 'projected', 'actual', 'projected-change', 'actual-change', 'error-jobs', 'error', 'abs-error'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDir = 'asc' | 'desc';

export interface ScorecardView {
  vintage: VintageScorecard;
  /** Two-digit SOC major group, SPANS_GROUPS for the entries spanning groups, or null for all. */
  group: string | null;
  sort: SortKey;
  dir: SortDir;
}

/** The longest value read: every valid value is far shorter. */
const MAX_PARAM_LENGTH = 200;

/** Text sorts A to Z first; figures largest first. */
export function defaultDir(sort: SortKey): SortDir {
  return sort === 'code' || sort === 'occupation' ? 'asc' : 'desc';
}

/** The vintage shown when none is asked for: the most recent one scored. */
export function defaultVintage(card: Scorecard): VintageScorecard {
  const v = card.vintages[card.vintages.length - 1];
  if (!v) throw new Error('No projections vintage can be scored: the data needs a vintage based in the target year of an earlier one.');
  return v;
}

/** The scorecard's parameters, one schema for the page and its files. */
function scorecardQuery(scored: string) {
  return {
    vintage: single(matching(/^\d{4}-\d{2}$/, `is not a projections vintage (expected e.g. 2008-18). Scored vintages: ${scored}.`), MAX_PARAM_LENGTH),
    group: single(matching(new RegExp(`^(?:\\d{2}(?:-0000)?|${SPANS_GROUPS}|all)$`), `is not a SOC major group (expected two digits such as 29, or ${SPANS_GROUPS}).`), MAX_PARAM_LENGTH),
    sort: single(oneOf(SORT_KEYS, 'a sort order'), MAX_PARAM_LENGTH),
    dir: single(oneOf(['asc', 'desc'] as const, 'a direction'), MAX_PARAM_LENGTH),
  } satisfies Fields;
}

type Read = { ok: true; view: ScorecardView } | { ok: false; status: 400 | 404; message: string };

/** What is wrong with a parameter, and (for the page) what is shown instead. */
interface Problem {
  status: 400 | 404;
  message: string;
  instead: string;
}

function read(card: Scorecard, params: SearchParams): { view: ScorecardView; problems: Problem[] } {
  const scored = card.vintages.map((v) => v.vintage).join(', ');
  const { values, problems: malformed } = readQuery(scorecardQuery(scored), params);
  let vintage = defaultVintage(card);
  const unknown = new Map<string, string>();
  if (values.vintage != null) {
    const found = getVintageScorecard(card, values.vintage);
    if (found) vintage = found;
    else unknown.set('vintage', `Projections ${values.vintage} cannot be scored: no vintage in the data is based in its target year. Scored vintages: ${scored}.`);
  }
  let group: string | null = null;
  if (values.group != null && values.group !== 'all') {
    const code = values.group === SPANS_GROUPS ? SPANS_GROUPS : values.group.slice(0, 2);
    if (vintage.entries.some((e) => e.majorGroup === code)) group = code;
    else unknown.set('group', `${quote(values.group)} is not a SOC major group of the ${vintage.vintage} projections (expected two digits such as 29, or ${SPANS_GROUPS}).`);
  }
  const sort: SortKey = values.sort ?? 'code';
  const dir = values.dir ?? defaultDir(sort);
  const instead: Record<string, string> = {
    vintage: `Showing ${vintage.vintage}.`,
    group: 'Showing all groups.',
    sort: 'Sorted by code.',
    dir: `Sorted ${dir === 'asc' ? 'ascending' : 'descending'}.`,
  };
  const problems: Problem[] = [];
  for (const name of ['vintage', 'group', 'sort', 'dir']) {
    for (const p of malformed.filter((m) => m.name === name)) {
      problems.push({ status: 400, message: p.message, instead: p.message.startsWith('Give ') ? 'The first is used.' : instead[name] ?? '' });
    }
    const message = unknown.get(name);
    if (message) problems.push({ status: 404, message, instead: instead[name] ?? '' });
  }
  return { view: { vintage, group, sort, dir }, problems };
}

/** The page: every problem becomes a notice, and the nearest valid view is shown. */
export function parseScorecardParams(card: Scorecard, params: SearchParams): { view: ScorecardView; notices: string[] } {
  const { view, problems } = read(card, params);
  return { view, notices: problems.map((p) => `${p.message} ${p.instead}`) };
}

/** A file: the first problem refuses the request (400 malformed, 404 well-formed but unknown). */
export function readScorecardFileRequest(card: Scorecard, params: SearchParams): Read {
  const { view, problems } = read(card, params);
  const first = problems[0];
  return first ? { ok: false, status: first.status, message: first.message } : { ok: true, view };
}

function query(view: Partial<Omit<ScorecardView, 'vintage'>> & { vintage: string }): string {
  const q = new URLSearchParams({ vintage: view.vintage });
  if (view.group) q.set('group', view.group);
  if (view.sort && view.sort !== 'code') q.set('sort', view.sort);
  if (view.sort && view.dir && view.dir !== defaultDir(view.sort)) q.set('dir', view.dir);
  return q.toString();
}

/** The canonical URL of a view of the page. */
export function scorecardHref(view: Partial<Omit<ScorecardView, 'vintage'>> & { vintage: string }): string {
  return `/scorecard?${query(view)}`;
}

/** A file of a view: `/scorecard/scorecard.csv?vintage=2008-18&sort=error&dir=desc`. */
export function scorecardFileHref(file: string, view: Partial<Omit<ScorecardView, 'vintage'>> & { vintage: string }, width?: 'narrow' | 'wide'): string {
  return `/scorecard/${file}?${query(view)}${width ? `&width=${width}` : ''}`;
}

/** The header link of a column: sorts by it, or flips the direction if it is the current sort. */
export function sortHref(view: ScorecardView, sort: SortKey): string {
  const dir = view.sort === sort ? (view.dir === 'asc' ? 'desc' : 'asc') : defaultDir(sort);
  return scorecardHref({ vintage: view.vintage.vintage, group: view.group, sort, dir });
}

const FIGURE: Record<Exclude<SortKey, 'code' | 'occupation'>, (r: ScorecardRow) => number> = {
  base: (r) => r.employmentBase,
  projected: (r) => r.projectedEmployment,
  actual: (r) => r.actualEmployment,
  'projected-change': (r) => r.projectedChangePct,
  'actual-change': (r) => r.actualChangePct,
  'error-jobs': (r) => r.errorThousands,
  error: (r) => r.errorPct,
  'abs-error': (r) => Math.abs(r.errorPct),
};

/**
 * The entries of a view in its order. Entries that could not be compared have no figures, so
 * a figure sort puts them last, by code, whichever the direction.
 */
export function viewEntries(view: ScorecardView): ScorecardEntry[] {
  const entries = view.vintage.entries.filter((e) => view.group === null || e.majorGroup === view.group);
  const byCode = (a: ScorecardEntry, b: ScorecardEntry) => a.key.localeCompare(b.key);
  const sign = view.dir === 'asc' ? 1 : -1;
  if (view.sort === 'code') return [...entries].sort((a, b) => sign * byCode(a, b));
  if (view.sort === 'occupation') return [...entries].sort((a, b) => sign * a.title.localeCompare(b.title, 'en', { sensitivity: 'base' }) || byCode(a, b));
  const figure = FIGURE[view.sort];
  const rows = entries.filter((e): e is ScorecardRow => e.status === 'compared').sort((a, b) => sign * (figure(a) - figure(b)) || byCode(a, b));
  return [...rows, ...entries.filter((e) => e.status !== 'compared').sort(byCode)];
}
