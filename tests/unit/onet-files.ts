import { readFileSync } from 'node:fs';
import type { KnownOnetCodes } from '@/lib/bls/onet-table';

/** The text of a shipped O*NET file, by its path under data/. */
export function onetText(name: string): string {
  return readFileSync(new URL(`../../data/${name}`, import.meta.url), 'utf8');
}

/** Data lines of a shipped O*NET file, split without the app's reader: every non-empty line after the header. */
export function rawOnetRows(name: string): string[][] {
  return onetText(name).split('\n').slice(1).filter((line) => line !== '').map((line) => line.split('\t'));
}

/** The codes of the shipped occupation_data.txt, read without the app's reader. */
export function shippedOnetCodes(): KnownOnetCodes {
  return { file: 'onet/occupation_data.txt', codes: new Set(rawOnetRows('onet/occupation_data.txt').map((cells) => cells[0]!)) };
}
