import type { ProjectionVintage } from '../data/assemble';
import type { SourceRef } from '../bls/types';
import { valueOf } from '../tables/estimates';
import { findProjection } from '../data/occupations';

/**
 * The SOC major groups of a scored vintage as BLS published them: the `xx-0000` row of the
 * vintage (base and projected employment) and of the later vintage (its base year is the
 * actual). Where the classification changed between the two (2010 SOC -> 2018 SOC …), some
 * codes are filed in another group, so the two rows do not hold the same occupations: each
 * group lists the codes that moved out of it or into it.
 */

/** An entry whose codes (projected or counted) lie in more than one major group. */
export const SPANS_GROUPS = 'spans';

/** The `group` URL value of a summary line: "15" for 15-0000, "spans" for the spans line. */
export const groupKey = (code: string): string => (code === SPANS_GROUPS ? SPANS_GROUPS : code.slice(0, 2));

/** The major group of a set of codes: their two digits where they share them, else SPANS_GROUPS. */
export function groupOfCodes(codes: readonly string[]): string {
  const groups = new Set(codes.map((c) => c.slice(0, 2)));
  return groups.size === 1 ? [...groups][0]! : SPANS_GROUPS;
}

/** A code of the projections vintage that the later classification files (partly) in another major group. */
export interface GroupMove {
  socCode: string;
  title: string;
  /** Its footprint codes in the other group(s), in the later vintage's classification. */
  to: string[];
}

export interface MajorGroupFigures {
  /** "15-0000". */
  code: string;
  title: string;
  /** Thousands, from the group rows; null where a row or a cell is missing. */
  employmentBase: number | null;
  projectedEmployment: number | null;
  actualEmployment: number | null;
  /** BLS's published percent change of the group row (computed from its employment where it has none). */
  projectedChangePct: number | null;
  /** Actual (later vintage's base year) against the group's base-year employment. */
  actualChangePct: number | null;
  source: SourceRef;
  actualSource: SourceRef | null;
  /** Codes of this group (projections vintage) counted partly or wholly in other groups later. */
  movedOut: GroupMove[];
  /** Codes of other groups (projections vintage) counted partly or wholly in this group later. */
  movedIn: GroupMove[];
  /** One sentence naming the moves; null where the group holds the same occupations in both. */
  membershipNote: string | null;
}

export interface GroupContext {
  a: ProjectionVintage;
  b: ProjectionVintage;
  /** The later vintage's classification, e.g. "2018 SOC". */
  targetLabel: string;
  /** Each detailed code of `a` carried to the later classification (null: not linked). */
  footprints: Map<string, string[] | null>;
}

const isMajorGroup = (code: string) => /^\d{2}-0000$/.test(code) && code !== '00-0000';

export function majorGroupFigures(c: GroupContext): MajorGroupFigures[] {
  const detailed = c.a.projections.filter((p) => p.level === 'detailed');
  const moves = detailed.flatMap((p) => {
    const from = p.socCode.slice(0, 2);
    const elsewhere = (c.footprints.get(p.socCode) ?? []).filter((code) => code.slice(0, 2) !== from);
    return [...new Set(elsewhere.map((code) => code.slice(0, 2)))].map((to) => ({ from, to, move: { socCode: p.socCode, title: p.title.trim(), to: elsewhere.filter((code) => code.startsWith(`${to}-`)) } }));
  });
  return c.a.projections
    .filter((p) => isMajorGroup(p.socCode))
    .map((row) => {
      const group = row.socCode.slice(0, 2);
      const later = findProjection(c.b, row.socCode);
      const base = valueOf(row.employmentBase);
      const projected = valueOf(row.employmentTarget);
      const actual = later ? valueOf(later.employmentBase) : null;
      const published = valueOf(row.changePercent);
      const movedOut = moves.filter((m) => m.from === group).map((m) => m.move);
      const movedIn = moves.filter((m) => m.to === group).map((m) => m.move);
      return {
        code: row.socCode,
        title: row.title.trim(),
        employmentBase: base,
        projectedEmployment: projected,
        actualEmployment: actual,
        projectedChangePct: published ?? (base && projected != null ? ((projected - base) / base) * 100 : null),
        actualChangePct: base && actual != null ? ((actual - base) / base) * 100 : null,
        source: row.source,
        actualSource: later?.source ?? null,
        movedOut,
        movedIn,
        membershipNote: membershipNote(movedOut, movedIn, c),
      };
    });
}

/** Lists longer than this are cut, with a count of the rest. */
const MAX_LISTED = 4;

function listMoves(moves: GroupMove[]): string {
  const named = moves.slice(0, MAX_LISTED).map((m) => `${m.socCode} (to ${m.to.join(', ')})`);
  return moves.length > MAX_LISTED ? `${named.join(', ')} and ${moves.length - MAX_LISTED} more` : named.join(', ');
}

/** "moved out 15-1199 (to 13-1082); moved in 43-9011 (to 15-1299)"; null where nothing moved. */
export function describeMoves(g: Pick<MajorGroupFigures, 'movedOut' | 'movedIn'>): string | null {
  const parts = [g.movedOut.length ? `moved out ${listMoves(g.movedOut)}` : '', g.movedIn.length ? `moved in ${listMoves(g.movedIn)}` : ''].filter(Boolean);
  return parts.length ? parts.join('; ') : null;
}

/** "Membership changed between 2014-24 and 2024-34 (codes in 2018 SOC terms): moved out 15-1199 (to 13-1082); moved in …." */
function membershipNote(movedOut: GroupMove[], movedIn: GroupMove[], c: Pick<GroupContext, 'a' | 'b' | 'targetLabel'>): string | null {
  const moves = describeMoves({ movedOut, movedIn });
  return moves ? `Membership changed between ${c.a.vintage} and ${c.b.vintage} (codes in ${c.targetLabel} terms): ${moves}.` : null;
}
