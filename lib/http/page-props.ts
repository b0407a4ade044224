/**
 * Props for a Pages Router page, as Next requires them (plain objects, arrays, strings, numbers,
 * booleans, null): object keys whose value is `undefined` are left out, and anything else that
 * is not plain data (a Map, a Set, a Date, a function, a class instance, a non-finite number)
 * throws, naming where it is, rather than being turned silently into something else.
 */
export function pageProps<T>(value: T, at = 'props'): T {
  return copy(value, at) as T;
}

function copy(value: unknown, at: string): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError(`${at} is ${value}, which a page cannot be given`);
    return value;
  }
  if (Array.isArray(value)) return value.map((item, i) => copy(item, `${at}[${i}]`));
  if (typeof value === 'object' && (Object.getPrototypeOf(value) === Object.prototype || Object.getPrototypeOf(value) === null)) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) if (item !== undefined) out[key] = copy(item, `${at}.${key}`);
    return out;
  }
  const kind = typeof value === 'object' ? `a ${value.constructor?.name ?? 'object'}` : typeof value === 'function' ? 'a function' : typeof value;
  throw new TypeError(`${at} is ${kind}, which a page cannot be given`);
}
