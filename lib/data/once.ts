/**
 * `compute`, run once per key object and remembered for as long as the key lives: for what is
 * derived from the dataset (or one release of it), which never changes while the process runs.
 */
export function oncePer<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, V>();
  return (key) => {
    if (cache.has(key)) return cache.get(key) as V;
    const value = compute(key);
    cache.set(key, value);
    return value;
  };
}
