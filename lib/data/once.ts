/**
 * The caches of every `oncePer`, by name, on globalThis: Next bundles each route on its own (the
 * Pages Router's pages, each App Router route), so a module may be loaded several times in one
 * server process; a cache held in the module would then compute the same thing once per bundle
 * (two search indexes of ~45 MiB each were measured). Held here, the first bundle's value serves all.
 */
const registry: Map<string, WeakMap<object, unknown>> = ((globalThis as { __oncePer?: Map<string, WeakMap<object, unknown>> }).__oncePer ??= new Map());

/**
 * `compute`, run once per key object and remembered for as long as the key lives: for what is
 * derived from the dataset (or one release of it), which never changes while the process runs.
 * `name` is unique in the app ("search/getMatcher"): every copy of the module shares its cache.
 */
export function oncePer<K extends object, V>(name: string, compute: (key: K) => V): (key: K) => V {
  let cache = registry.get(name) as WeakMap<K, V> | undefined;
  if (!cache) {
    cache = new WeakMap<K, V>();
    registry.set(name, cache);
  }
  const kept = cache;
  return (key) => {
    if (kept.has(key)) return kept.get(key) as V;
    const value = compute(key);
    kept.set(key, value);
    return value;
  };
}
