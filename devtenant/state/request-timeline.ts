/** What one fired fault was: its reply status (none for a pure delay), a socket reset, its delay and Retry-After. */
export type FaultEvent = { key: string; at: number; status: number | null; reset: boolean; delayMs: number; retryAfterSeconds: number | null };

/** A request that reached a route while a Retry-After that the same route had answered was still running. */
export type EarlyRequest = { key: string; faultedAt: number; retryAfterMs: number; arrivedAfterMs: number };

/** The timeline's verdict for the campaigns: faults fired by kind and route, and requests sent before Retry-After. */
export type TimelineReport = {
  since: number;
  requests: number;
  truncated: boolean;
  faults: { total: number; byKind: Record<string, number>; byRoute: Record<string, Record<string, number>> };
  retryAfter: { faults: number; early: number; earlyByRoute: Record<string, number>; examples: EarlyRequest[] };
};

/** Most arrivals kept (about 8 bytes each); past it the timeline stops recording and says so. */
const MAX_ARRIVALS = 1_000_000;

/**
 * Arrival times per "<METHOD> <route template>" and every fault fired, so a test can check that a client honoured
 * Retry-After: no request to a route before the Retry-After that route answered has elapsed. Per route, not per
 * client: a route a client calls several times at once (`$batch` and its sub-requests) shows concurrency as "early".
 */
export class RequestTimeline {
  #arrivals = new Map<string, number[]>();
  #faults: FaultEvent[] = [];
  #count = 0;
  #since = Date.now();
  #truncated = false;

  /** Notes a request reaching a route (admin routes never do). */
  arrive(key: string, at = Date.now()): void {
    if (this.#count >= MAX_ARRIVALS) return void (this.#truncated = true);
    let list = this.#arrivals.get(key);
    if (!list) this.#arrivals.set(key, (list = []));
    list.push(at);
    this.#count++;
  }

  /** Notes a fault that fired on a route. */
  fault(event: FaultEvent): void {
    this.#faults.push(event);
  }

  /** Forgets everything. */
  clear(): void {
    this.#arrivals = new Map();
    this.#faults = [];
    this.#count = 0;
    this.#since = Date.now();
    this.#truncated = false;
  }

  /** Faults by kind and route; each Retry-After checked against the later arrivals on its route. */
  report(): TimelineReport {
    const byKind: Record<string, number> = {};
    const byRoute: Record<string, Record<string, number>> = {};
    const earlyByRoute: Record<string, number> = {};
    const examples: EarlyRequest[] = [];
    let withRetryAfter = 0;
    let early = 0;
    for (const f of this.#faults) {
      const kind = f.reset ? "reset" : f.status !== null ? String(f.status) : "delay";
      byKind[kind] = (byKind[kind] ?? 0) + 1;
      (byRoute[f.key] ??= {})[kind] = (byRoute[f.key]![kind] ?? 0) + 1;
      if (f.reset || f.status === null || !f.retryAfterSeconds) continue;
      withRetryAfter++;
      const retryAfterMs = f.retryAfterSeconds * 1000;
      const replyAt = f.at + f.delayMs;
      const arrivals = this.#arrivals.get(f.key) ?? [];
      // Arrivals are appended in time order: the early ones are a slice, found by two binary searches.
      const from = firstAbove(arrivals, replyAt);
      const to = firstAbove(arrivals, replyAt + retryAfterMs - 1);
      if (to > from) {
        early += to - from;
        earlyByRoute[f.key] = (earlyByRoute[f.key] ?? 0) + to - from;
        for (let i = from; i < to && examples.length < 20; i++) examples.push({ key: f.key, faultedAt: replyAt, retryAfterMs, arrivedAfterMs: arrivals[i]! - replyAt });
      }
    }
    return {
      since: this.#since,
      requests: this.#count,
      truncated: this.#truncated,
      faults: { total: this.#faults.length, byKind, byRoute },
      retryAfter: { faults: withRetryAfter, early, earlyByRoute, examples },
    };
  }
}

/** The index of the first value above `limit` in an ascending list. */
function firstAbove(sorted: number[], limit: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! <= limit) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
