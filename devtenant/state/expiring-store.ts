import { randomBytes } from 'node:crypto';

/**
 * Opaque single-purpose handles (authorization codes, refresh tokens, page sessions) with an
 * expiry; expired entries are dropped lazily.
 */
export class ExpiringStore<T> {
  readonly #items = new Map<string, { value: T; expiresAt: number }>();
  readonly #ttlMs: number;
  readonly #prefix: string;

  constructor(ttlMs: number, prefix = '') {
    this.#ttlMs = ttlMs;
    this.#prefix = prefix;
  }

  /** Stores a value under a new random handle. */
  put(value: T): string {
    this.#sweep();
    const handle = `${this.#prefix}${randomBytes(32).toString('base64url')}`;
    this.#items.set(handle, { value, expiresAt: Date.now() + this.#ttlMs });
    return handle;
  }

  /** The value, or undefined when unknown or expired. */
  get(handle: string): T | undefined {
    const item = this.#items.get(handle);
    if (!item) return undefined;
    if (item.expiresAt <= Date.now()) {
      this.#items.delete(handle);
      return undefined;
    }
    return item.value;
  }

  /** Returns the value and forgets it (single use). */
  take(handle: string): T | undefined {
    const value = this.get(handle);
    this.#items.delete(handle);
    return value;
  }

  #sweep(): void {
    if (this.#items.size < 1000) return;
    const now = Date.now();
    for (const [key, item] of this.#items) if (item.expiresAt <= now) this.#items.delete(key);
  }
}
