/** Counts requests per "<METHOD> <route template>" key for tests and the bench. */
export class RequestCounters {
  readonly #counts = new Map<string, number>();

  /** Adds one to a key. */
  increment(key: string): void {
    this.#counts.set(key, (this.#counts.get(key) ?? 0) + 1);
  }

  /** All counts as a plain object. */
  snapshot(): Record<string, number> {
    return Object.fromEntries([...this.#counts.entries()].sort(([a], [b]) => a.localeCompare(b)));
  }

  /** Forgets every count. */
  reset(): void {
    this.#counts.clear();
  }
}
