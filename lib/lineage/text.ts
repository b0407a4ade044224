import { BOUNDARY_ORDER, type BoundaryId, type CodeRef, type LineageChange } from './lineage';

/** Text with codes in it: the page turns each code into a link, a chart note into "29-2072 Medical records specialists". */
export type Phrase = (string | CodeRef)[];

export const BOUNDARY_LABEL: Record<BoundaryId, string> = {
  'soc2000-soc2010': '2000 SOC → 2010 SOC',
  'soc2010-soc2018': '2010 SOC → 2018 SOC',
  'soc2010-oewsHybrid': 'OEWS May 2018 → OEWS hybrid (May 2019–2020)',
  'oewsHybrid-soc2018': 'OEWS hybrid (May 2019–2020) → 2018 SOC',
};

const isHybrid = (c: LineageChange) => c.boundary.id === 'soc2010-oewsHybrid' || c.boundary.id === 'oewsHybrid-soc2018';

/** "A", "A and B", "A, B and C", with codes kept as codes. */
export function listOf(codes: CodeRef[]): Phrase {
  const out: Phrase = [];
  codes.forEach((c, i) => {
    if (i > 0) out.push(i === codes.length - 1 ? ' and ' : ', ');
    out.push(c);
  });
  return out;
}

/**
 * One change in words, from the point of view of the code it belongs to:
 * "Split into 29-2072 … and 29-9021 …", "Published inside 29-2098 …, together with …".
 */
export function describeChange(change: LineageChange): Phrase {
  const { relation, counterparts, partners, direction } = change;
  const first = counterparts[0]!;
  const hybrid = isHybrid(change);
  if (direction === 'forward') {
    if (relation === 'unchanged' || sameCodeAndTitle(change)) return [`Unchanged: ${first.socCode} in both.`];
    if (relation === 'renamed') {
      return first.socCode === change.code.socCode ? [`Same code, retitled from “${change.code.title}” to `, first, '.'] : ['Renamed: became ', first, '.'];
    }
    if (relation === 'split') {
      if (hybrid) return ['Published in parts: ', ...listOf(counterparts), '.'];
      const kept = counterparts.find((c) => c.socCode === change.code.socCode);
      const parts = counterparts.filter((c) => c !== kept);
      return kept ? ['Split: part of it became ', ...listOf(parts), '; the rest kept the code, as ', kept, '.'] : ['Split into ', ...listOf(counterparts), '.'];
    }
    return hybrid
      ? ['Published only inside ', first, ', together with ', ...listOf(partners), '.']
      : ['Merged with ', ...listOf(partners), ' into ', first, '.'];
  }
  if (relation === 'unchanged' || sameCodeAndTitle(change)) return [`Unchanged: ${first.socCode} in both.`];
  if (relation === 'renamed') return first.socCode === change.code.socCode ? ['Same code, earlier titled ', first, '.'] : ['Earlier code: ', first, '.'];
  if (relation === 'merged') {
    return hybrid ? ['Combines ', ...listOf(counterparts), '.'] : ['Formed by merging ', ...listOf(counterparts), '.'];
  }
  return hybrid
    ? ['Published in May 2019–2020 only inside ', first, ', together with ', ...listOf(partners), '.']
    : ['Came from a split of ', first, ': part of it became this code', ...restOfSplit(first, partners), '.'];
}

/** After "part of it became …": the other parts of a split, and the part that kept the old code. */
function restOfSplit(from: CodeRef, partners: CodeRef[]): Phrase {
  const others = partners.filter((p) => p.socCode !== from.socCode);
  return [
    ...(others.length ? [', other parts became ', ...listOf(others)] : []),
    ...(others.length < partners.length ? [`, the rest kept the code ${from.socCode}`] : []),
  ];
}

/** A change BLS lists as a new title that differs from the old one only in capitals or spaces. */
function sameCodeAndTitle(change: LineageChange): boolean {
  const first = change.counterparts[0];
  const norm = (t: string) => t.toLowerCase().replace(/\s+/g, ' ').trim();
  return change.counterparts.length === 1 && first?.socCode === change.code.socCode && norm(first.title) === norm(change.code.title);
}

/**
 * The changes worth telling for a code, one per boundary: where the code is on both sides and
 * went on as itself, the forward change says it all.
 */
export function changesToTell(forward: LineageChange[], backward: LineageChange[]): LineageChange[] {
  const out: LineageChange[] = [];
  for (const f of forward) out.push(f);
  for (const b of backward) {
    const f = forward.find((x) => x.boundary.id === b.boundary.id);
    if (f && f.counterparts.some((c) => c.socCode === f.code.socCode)) continue;
    out.push(b);
  }
  return out.sort((a, b) => BOUNDARY_ORDER.indexOf(a.boundary.id) - BOUNDARY_ORDER.indexOf(b.boundary.id) || (a.direction === 'backward' ? -1 : 1));
}

/**
 * A change in a few words, codes only (titles are in the chart legend): for notes under a chart,
 * where space is short. "29-2071 split into 29-2072 and 29-9021 (2018 SOC)".
 */
export function changeNote(change: LineageChange): string {
  const code = change.code.socCode;
  const codes = (refs: CodeRef[]) => listOf(refs).map((p) => (typeof p === 'string' ? p : p.socCode)).join('');
  const list = codes(change.counterparts);
  const others = change.partners.length;
  const where = isHybrid(change) ? 'OEWS May 2019–2020' : change.boundary.to === 'soc2018' ? '2018 SOC' : '2010 SOC';
  const withOthers = others ? ` with ${others} other code${others > 1 ? 's' : ''}` : '';
  const kept = change.counterparts.some((c) => c.socCode === code);
  const newParts = change.counterparts.filter((c) => c.socCode !== code);
  if (sameCodeAndTitle(change)) return `${code} unchanged (${where}).`;
  switch (`${change.direction}:${change.relation}`) {
    case 'forward:split':
      // "29-2034 split into 29-2034 and 29-2035" reads as if the code became itself.
      return kept && !isHybrid(change)
        ? `${code} was split; part of it became ${codes(newParts)}, the rest kept the code ${code} (${where}).`
        : `${code} split into ${list} (${where}).`;
    case 'forward:merged':
      return isHybrid(change) ? `${code} published only inside ${list}${withOthers} (${where}).` : `${code} merged${withOthers} into ${list} (${where}).`;
    case 'backward:split': {
      if (isHybrid(change)) return `${code} was published inside ${list}${withOthers} (${where}).`;
      const from = change.counterparts[0]!;
      const rest = restOfSplit(from, change.partners).map((p) => (typeof p === 'string' ? p : p.socCode)).join('');
      return `${from.socCode} was split; part of it became ${code}${rest} (${where}).`;
    }
    case 'backward:merged':
      return `${code} combines ${list} (${where}).`;
    case 'backward:renamed':
      return kept
        ? `${code} renamed from “${change.counterparts[0]!.title}” to “${change.code.title}”, same code (${where}).`
        : `${code} was ${list} before the ${where} (one to one).`;
    case 'forward:renamed':
      return kept
        ? `${code} renamed from “${change.code.title}” to “${change.counterparts[0]!.title}”, same code (${where}).`
        : `${code} became ${list} (${where}, one to one).`;
    default:
      return `${code} unchanged (${where}).`;
  }
}
