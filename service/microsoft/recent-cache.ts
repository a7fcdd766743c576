/** A map that keeps the `max` most recently used entries (the oldest is dropped when a new one would exceed it). */
export interface RecentCache<V> {
  get(key: string): V | undefined;
  set(key: string, value: V): void;
  readonly size: number;
}

/**
 * Per-tenant clients (msal apps with their token caches, Graph clients) for the tenants in use, not for every tenant
 * the process has ever served: a night of 1,000 customers touches each for a minute. A dropped tenant's next call
 * builds its client again (and asks for a token again). A Map keeps insertion order, so re-inserting on use is LRU.
 */
export function recentCache<V>(max: number): RecentCache<V> {
  const map = new Map<string, V>();
  return {
    get(key) {
      const value = map.get(key);
      if (value !== undefined) {
        map.delete(key);
        map.set(key, value);
      }
      return value;
    },
    set(key, value) {
      map.delete(key);
      map.set(key, value);
      if (map.size > max) map.delete(map.keys().next().value as string);
    },
    get size() {
      return map.size;
    },
  };
}
