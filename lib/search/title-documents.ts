import type { Dataset } from '@/lib/data/assemble';
import { getOnetOccupations, getOnetTitles } from '@/lib/data/onet';
import { getOccupationIndex } from '@/lib/data/occupations';
import { getPublishedUnder } from './code-status';
import { fold } from './words';

/**
 * Where a title a search can match comes from: the code's current BLS title, an earlier BLS
 * title, an O*NET occupation under the code, an O*NET alternate title ("Medical Coder"), or a
 * title workers reported to O*NET.
 */
export type TitleKind = 'title' | 'former-title' | 'onet' | 'alternate' | 'reported';

/** One title of one code: what the search index holds. */
export interface TitleDocument {
  id: number;
  socCode: string;
  kind: TitleKind;
  text: string;
  /** For a former BLS title: where it was used ("May 2007 to May 2018"). */
  used: string | null;
}

/**
 * Every title of every code of any shipped release or vintage, each once per code (the first
 * source in the order above wins). O*NET's titles are of 2018 SOC codes: they are filed under
 * the code and, where it is not published on its own today, under the current code that holds
 * it (31-1121's "Home Health Aide" under 31-1120), so the current code is found by them too.
 */
export function titleDocuments(dataset: Dataset): TitleDocument[] {
  const docs: TitleDocument[] = [];
  const seen = new Set<string>();
  const add = (socCode: string, kind: TitleKind, text: string, used: string | null = null): void => {
    const key = `${socCode} ${fold(text).replace(/[^a-z0-9]+/g, ' ').trim()}`;
    if (seen.has(key)) return;
    seen.add(key);
    docs.push({ id: docs.length, socCode, kind, text, used });
  };
  const index = getOccupationIndex(dataset);
  for (const occupation of index.list) {
    add(occupation.socCode, 'title', occupation.title);
    for (const t of [...occupation.titles].reverse()) add(occupation.socCode, 'former-title', t.title, t.first === t.last ? t.first : `${t.first} to ${t.last}`);
  }
  const publishedUnder = getPublishedUnder(dataset);
  for (const socCode of dataset.onet?.occupationsBySoc.keys() ?? []) {
    const homes = [...new Set([...(index.byCode.has(socCode) ? [socCode] : []), ...publishedUnder(socCode)])];
    const titles = getOnetTitles(dataset, socCode);
    for (const home of homes) {
      for (const o of getOnetOccupations(dataset, socCode)) add(home, 'onet', o.title);
      for (const t of titles.alternate) add(home, 'alternate', t.alternateTitle);
      for (const t of titles.reported) add(home, 'reported', t.reportedTitle);
    }
  }
  return docs;
}
