import { z } from 'zod';

/**
 * Query parameters, read one way everywhere. Each parameter set (a comparison, a scorecard
 * view, a figure file, the finder) is one schema of fields built here; a page reads it
 * leniently (each problem becomes a notice and the field is left out), a file strictly (the
 * first problem is a 400). The rules are the same for both:
 * - a blank value counts as absent;
 * - a parameter given more than once is a problem ("Give vintage once; it was given 2 times."),
 *   and the page goes on with the first value; a list parameter (`list`) joins its repeats;
 * - a value is measured whole before it is cut to `maxLength`, so the message states its real
 *   length;
 * - a value the field's zod schema refuses is a problem that quotes it (bounded, control
 *   characters visible) followed by the schema's message.
 */

/** Query parameters as Next passes them: a value, repeated values, or nothing. */
export type SearchParams = Record<string, string | string[] | undefined>;

/** The longest value any parameter is read at (Node's 16 KiB header limit already bounds a URL). */
export const MAX_PARAM_LENGTH = 2000;

interface FieldBase<T> {
  schema: z.ZodType<T, string>;
  maxLength: number;
  /** How a message names the parameter when it is too long ("The search"); its name otherwise. */
  label?: string;
}
export interface SingleField<T> extends FieldBase<T> {
  kind: 'single';
}
export interface ListField<T> extends FieldBase<T> {
  kind: 'list';
  /** How many items are read; more are named in a problem and dropped. */
  maxItems: number;
  /** What the items are, for that problem ("occupations"). */
  noun: string;
}
export type Field<T> = SingleField<T> | ListField<T>;
export type Fields = Record<string, Field<unknown>>;

/** One value (given at most once); `schema` turns the trimmed text into the field's value. */
export function single<T>(schema: z.ZodType<T, string>, maxLength = MAX_PARAM_LENGTH, label?: string): SingleField<T> {
  return { kind: 'single', schema, maxLength, label };
}

/** A comma-separated list; repeats of the parameter are joined. `schema` reads each item. */
export function list<T>(schema: z.ZodType<T, string>, maxItems: number, noun: string, maxLength = MAX_PARAM_LENGTH): ListField<T> {
  return { kind: 'list', schema, maxItems, noun, maxLength };
}

/** One of a fixed set of words, with a message naming them. */
export function oneOf<const W extends readonly [string, ...string[]]>(words: W, what: string) {
  return z.enum(words, { error: `is not ${what} (expected ${words.length === 2 ? `${words[0]} or ${words[1]}` : `one of ${words.join(', ')}`}).` });
}

/** Text that matches a pattern, with a message saying what was expected. */
export function matching(pattern: RegExp, message: string) {
  return z.string().regex(pattern, { error: message });
}

export type QueryValues<F extends Fields> = {
  [K in keyof F]?: F[K] extends SingleField<infer T> ? T : F[K] extends ListField<infer T> ? T[] : never;
};

export interface QueryProblem {
  name: string;
  message: string;
}

/** Quotes a bit of untrusted input for a message: bounded, control characters visible. */
export const quote = (raw: string): string => JSON.stringify(raw.slice(0, 40));

function lengthProblem(name: string, length: number, maxLength: number): string {
  return `${name} was ${length} characters long; only the first ${maxLength} were read.`;
}

/**
 * Reads `fields` from `params`. Every value that could be read is in `values`; what could not
 * is in `problems`, in the order of `fields`. Parameters not in `fields` are ignored.
 */
export function readQuery<F extends Fields>(fields: F, params: SearchParams): { values: QueryValues<F>; problems: QueryProblem[] } {
  const values: Record<string, unknown> = {};
  const problems: QueryProblem[] = [];
  for (const [name, field] of Object.entries(fields)) {
    const raw = params[name];
    if (raw === undefined) continue;
    const given = Array.isArray(raw) ? raw : [raw];
    if (field.kind === 'single') {
      const present = given.filter((v) => v.trim() !== '');
      if (given.length > 1) problems.push({ name, message: `Give ${name} once; it was given ${given.length} times.` });
      let text = (present[0] ?? '').trim();
      if (text === '') continue;
      if (text.length > field.maxLength) {
        problems.push({ name, message: lengthProblem(field.label ?? name, text.length, field.maxLength) });
        text = text.slice(0, field.maxLength);
      }
      const parsed = field.schema.safeParse(text);
      if (parsed.success) values[name] = parsed.data;
      else problems.push({ name, message: `${quote(text)} ${parsed.error.issues[0]?.message ?? 'is not valid.'}` });
      continue;
    }
    const joined = given.join(',');
    let items = joined.split(',').map((item) => item.trim()).filter(Boolean);
    if (items.length > field.maxItems) {
      problems.push({ name, message: `The link lists ${items.length} ${field.noun}; only the first ${field.maxItems} were read.` });
      items = items.slice(0, field.maxItems);
    }
    const read: unknown[] = [];
    for (const item of items) {
      const text = item.length > field.maxLength ? item.slice(0, field.maxLength) : item;
      const parsed = field.schema.safeParse(text);
      if (parsed.success) read.push(parsed.data);
      else problems.push({ name, message: `${quote(text)} ${parsed.error.issues[0]?.message ?? 'is not valid.'}` });
    }
    values[name] = read;
  }
  return { values: values as QueryValues<F>, problems };
}

/** URLSearchParams (route handlers) in the shape pages receive. */
export function toSearchParams(params: URLSearchParams): SearchParams {
  const out: SearchParams = {};
  for (const key of new Set(params.keys())) {
    const all = params.getAll(key);
    out[key] = all.length > 1 ? all : all[0];
  }
  return out;
}
