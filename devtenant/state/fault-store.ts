import { randomUUID } from 'node:crypto';
import { RequestTimeline } from './request-timeline.js';

/** Statuses a fault may answer with. */
export type FaultStatus = 429 | 500 | 503 | 504;

/** A fault-injection rule as the admin API accepts it. */
export type FaultSpec = {
  match: string;
  status?: FaultStatus;
  /** Seconds for Retry-After on 429/503 (default 1); null sends no Retry-After. */
  retryAfterSeconds?: number | null;
  times?: number;
  probability?: number;
  delayMs?: number;
  reset?: boolean;
};

/** A stored rule, with its id and how many more times it fires (undefined = forever). */
export type FaultRule = FaultSpec & { id: string; remaining?: number };

/**
 * Whether a rule's `match` covers a request key: exact "<METHOD> <template>", or a prefix when
 * the match ends with "/" or "*" (e.g. "GET /v1.0/" or "POST *").
 */
export function faultMatches(match: string, key: string): boolean {
  if (match === key) return true;
  if (match.endsWith('*')) return key.startsWith(match.slice(0, -1));
  return match.endsWith('/') && key.startsWith(match);
}

/** Active fault rules, consulted in the order they were added. */
export class FaultStore {
  #rules: FaultRule[] = [];
  /** Every non-admin request's arrival and every fault fired (dispatch consults this store once per request). */
  readonly timeline = new RequestTimeline();

  /** Adds a rule and returns it with its id. */
  add(spec: FaultSpec): FaultRule {
    const rule: FaultRule = { ...spec, id: randomUUID(), remaining: spec.times };
    this.#rules.push(rule);
    return rule;
  }

  /** The active rules. */
  list(): FaultRule[] {
    return this.#rules.map((r) => ({ ...r }));
  }

  /** Removes every rule. */
  clear(): void {
    this.#rules = [];
  }

  /** The first rule that fires for a key (counting down `times`), or undefined. */
  take(key: string): FaultRule | undefined {
    const at = Date.now();
    this.timeline.arrive(key, at);
    const rule = this.#first(key);
    if (rule) {
      const retryAfterSeconds = rule.status === 429 || rule.status === 503 ? (rule.retryAfterSeconds === null ? null : (rule.retryAfterSeconds ?? 1)) : null;
      this.timeline.fault({ key, at, status: rule.reset ? null : (rule.status ?? null), reset: rule.reset === true, delayMs: rule.delayMs ?? 0, retryAfterSeconds });
    }
    return rule;
  }

  #first(key: string): FaultRule | undefined {
    for (const rule of this.#rules) {
      if (!faultMatches(rule.match, key)) continue;
      if (rule.probability !== undefined && Math.random() >= rule.probability) continue;
      if (rule.remaining !== undefined) {
        rule.remaining -= 1;
        if (rule.remaining <= 0) this.#rules = this.#rules.filter((r) => r !== rule);
      }
      return { ...rule };
    }
    return undefined;
  }
}
