import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { assembleDataset, type Dataset, type DataFiles } from './assemble';

// Server code only. Not guarded with `server-only`, which the Pages Router refuses (the profiles,
// start page and comparison load data in getStaticProps/getServerSideProps, which Next strips from
// the browser bundle); the guard is node:fs, which no browser bundle can resolve.

/** The app's own data folder. Nothing outside it is read, so a clone without ../shared works. */
export const DATA_DIR = path.join(process.cwd(), 'data');

/** Reads every CSV/TXT under data/ into memory, keyed by its path relative to data/. */
export function readDataFiles(dir: string = DATA_DIR): DataFiles {
  const files = new Map<string, string>();
  const walk = (folder: string): void => {
    for (const name of readdirSync(folder).sort()) {
      const full = path.join(folder, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.(csv|txt)$/i.test(name)) files.set(path.relative(dir, full).split(path.sep).join('/'), readFileSync(full, 'utf8'));
    }
  };
  walk(dir);
  return files;
}

// One parse per server process (and one per build worker): the data is static, so it is never re-read per request.
const cache = globalThis as typeof globalThis & { __blsDataset?: Dataset };

/** Every shipped BLS table, parsed once. Throws (and the page fails) rather than serve a partial dataset. */
export function getDataset(): Dataset {
  cache.__blsDataset ??= assembleDataset(readDataFiles());
  return cache.__blsDataset;
}
