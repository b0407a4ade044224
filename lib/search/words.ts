/**
 * How a query and a title are cut into words and reduced to a common form, so that
 * "Medical Coder", "medical coding" and "coders" meet on the same stems.
 */

/** Lower case, no accents; "X-Ray" becomes "xray" (one letter and a word), "Nurse-Midwife" "nurse midwife". */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\b([a-z])[-\u2010-\u2015]([a-z]{2,})\b/g, '$1$2')
    .replace(/([a-z])[-\u2010-\u2015/]([a-z])/g, '$1 $2');
}

/** The words of a text, folded: letters and digits only. */
export function wordsOf(text: string): string[] {
  return fold(text).split(/[^a-z0-9]+/).filter(Boolean);
}

// Suffixes that make the same job word: plural ("nurses", "therapies"), the doer ("coder",
// "therapist"), the activity or field ("coding", "therapy", "radiologic"). One is taken off,
// longest first, where at least 3 letters stay (4 for "-ist" and "-s", so "assist" and "nurs" stay).
const SUFFIXES: readonly [string, number][] = [
  ['ies', 3],
  ['ing', 3],
  ['ist', 4],
  ['ers', 3],
  ['er', 3],
  ['es', 3],
  ['ic', 5],
  ['s', 4],
  ['e', 3],
  ['y', 3],
];

/**
 * A light stemmer for job titles, the same for the index and the query: "nurse", "nurses" and
 * "nursing" become "nurs"; "coder" and "coding" "cod"; "therapist", "therapy" and "therapies"
 * "therap". Words of up to 3 letters (RN, CNA, EMT) and words with digits are kept as they
 * are, and "ss" / "us" / "is" endings are not plurals.
 */
export function stem(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  for (const [suffix, keep] of SUFFIXES) {
    if (!word.endsWith(suffix)) continue;
    if (suffix === 's' && /(ss|us|is)$/.test(word)) return word;
    const base = word.slice(0, -suffix.length);
    if (base.length < keep) return word;
    // A plural is taken off first, then the word's own ending: "specialists" -> "specialist" ->
    // "special", "nurses" -> "nurse" -> "nurs"; "boxes" stays "box".
    if (suffix === 'es') return /(ch|sh|x|ss|z)$/.test(base) ? base : stem(`${base}e`);
    return suffix === 's' ? stem(base) : base;
  }
  return word;
}

/** A word without its plural ending, for telling the very word typed from a word with the same stem. */
export function singular(word: string): string {
  if (word.length <= 3) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  return /[^su]s$/.test(word) ? word.slice(0, -1) : word;
}
