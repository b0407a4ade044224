import MiniSearch, { type SearchResult } from 'minisearch';
import type { Dataset } from '@/lib/data/assemble';
import { oncePer } from '@/lib/data/once';
import { getCodeStatuses, type CodeStatus } from './code-status';
import { titleDocuments, type TitleDocument, type TitleKind } from './title-documents';
import { singular, stem, wordsOf } from './words';

/** Why a code matched: the title that matched best, or its code. */
export type MatchReason =
  | { kind: TitleKind; text: string; used: string | null }
  | { kind: 'code'; text: string; used: null };

export interface SearchHit {
  status: CodeStatus;
  reason: MatchReason;
}

export interface SearchAnswer {
  /** The first `limit` matches, best first. */
  hits: SearchHit[];
  /** How many codes match in all. */
  total: number;
}

/** A BLS title weighs most; O*NET's everyday titles count, and many of them count more. */
const KIND_WEIGHT: Record<TitleKind, number> = { title: 3, 'former-title': 2, onet: 2, alternate: 1, reported: 1 };

/** The longest query searched; a title is shorter. */
export const MAX_QUERY_LENGTH = 100;

interface Matcher {
  index: MiniSearch<TitleDocument>;
  docs: TitleDocument[];
  /** The words of each document without plural endings, by document id: for the exact-word bonus. */
  words: string[][];
  statuses: ReadonlyMap<string, CodeStatus>;
}

/**
 * The index: one document per title of each code (BLS titles of every release, O*NET
 * alternate and reported titles), so a match can say which title it was. minisearch gives
 * prefix search (as you type), fuzzy search (small typos) and field-free BM25 scoring; the
 * words are cut and stemmed by ./words for both the index and the query.
 */
export const getMatcher = oncePer('search/getMatcher', (dataset: Dataset): Matcher => buildMatcher(titleDocuments(dataset), getCodeStatuses(dataset)));

export function buildMatcher(docs: TitleDocument[], statuses: ReadonlyMap<string, CodeStatus>): Matcher {
  const index = new MiniSearch<TitleDocument>({
    fields: ['text'],
    storeFields: [],
    tokenize: wordsOf,
    processTerm: stem,
    searchOptions: {
      // A word of 3 letters or more may be the start of a longer one ("tech" -> technologist);
      // one of 5 or more may have a typo (1 edit; 2 from 8 letters).
      prefix: (term) => term.length >= 3,
      fuzzy: (term) => (term.length >= 8 ? 2 : term.length >= 5 ? 1 : false),
      weights: { prefix: 0.4, fuzzy: 0.3 },
    },
  });
  index.addAll(docs);
  return { index, docs, words: docs.map((d) => wordsOf(d.text).map(singular)), statuses };
}

/** Current detailed occupations first, then current groups, then retired codes. */
function tierOf(status: CodeStatus): number {
  if (!status.current) return 2;
  return status.group ? 1 : 0;
}

/**
 * The codes matching a query, best first: a code or code prefix ("29-2072", "29-20", "2920")
 * matches codes; words match titles in any order, by their stems, as prefixes and with small
 * typos. Each code scores its best title plus a share of its next ones (an occupation O*NET
 * lists many "coder" titles for outranks one with a single such title).
 */
export function searchCodes(matcher: Matcher, rawQuery: string, limit: number): SearchAnswer {
  const query = rawQuery.slice(0, MAX_QUERY_LENGTH).trim();
  const compact = query.replace(/\s+/g, '');
  if (!query) return { hits: [], total: 0 };
  if (/^\d[\d-]*$/.test(compact)) return searchByCode(matcher, compact, limit);
  // Every word must match one title; where none does, titles matching at least half of the words.
  let results = matcher.index.search(query, { combineWith: 'AND' });
  if (results.length === 0) {
    const half = Math.ceil(new Set(wordsOf(query).map(stem)).size / 2);
    results = matcher.index.search(query, { combineWith: 'OR' }).filter((r) => new Set(r.queryTerms).size >= half);
  }
  const hits = rankCodes(matcher, results, wordsOf(query).map(singular));
  return { hits: hits.slice(0, limit), total: hits.length };
}

function rankCodes(matcher: Matcher, results: SearchResult[], queryWords: readonly string[]): SearchHit[] {
  const byCode = new Map<string, { best: TitleDocument; top: number; scores: number[] }>();
  for (const r of results) {
    const doc = matcher.docs[r.id as number]!;
    // Stems join "therapist" and "therapy"; a title with the very words typed (singular or
    // plural) counts more, and more again where they are all of the title.
    const words = matcher.words[doc.id]!;
    const typed = queryWords.filter((w) => words.includes(w)).length / queryWords.length;
    const whole = words.filter((w) => queryWords.includes(w)).length / words.length;
    const score = r.score * KIND_WEIGHT[doc.kind] * (1 + typed) * (1 + whole);
    const entry = byCode.get(doc.socCode);
    if (!entry) byCode.set(doc.socCode, { best: doc, top: score, scores: [score] });
    else {
      if (score > entry.top) Object.assign(entry, { best: doc, top: score });
      entry.scores.push(score);
    }
  }
  const scored = [...byCode].flatMap(([code, { best, scores }]) => {
    const status = matcher.statuses.get(code);
    if (!status) return [];
    // The best title, then each next one counting half as much as the one before.
    const score = scores.sort((a, b) => b - a).slice(0, 6).reduce((sum, s, i) => sum + s / 2 ** i, 0);
    return [{ hit: { status, reason: { kind: best.kind, text: best.text, used: best.used } }, score }];
  });
  return scored
    .sort((a, b) => tierOf(a.hit.status) - tierOf(b.hit.status) || b.score - a.score || a.hit.status.socCode.localeCompare(b.hit.status.socCode))
    .map((s) => s.hit);
}

function searchByCode(matcher: Matcher, compact: string, limit: number): SearchAnswer {
  const digits = compact.replace(/-/g, '');
  const hits = [...matcher.statuses.values()]
    .filter((s) => s.socCode.replace('-', '').startsWith(digits))
    .map((status): SearchHit => ({ status, reason: { kind: 'code', text: status.socCode, used: null } }))
    .sort((a, b) => {
      const exact = Number(b.status.socCode.replace('-', '') === digits) - Number(a.status.socCode.replace('-', '') === digits);
      return exact || tierOf(a.status) - tierOf(b.status) || a.status.socCode.localeCompare(b.status.socCode);
    });
  return { hits: hits.slice(0, limit), total: hits.length };
}
