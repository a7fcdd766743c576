/** The faults of a fault campaign: a share of Graph requests answered 429 or 503 (with Retry-After), reset, or delayed. */
export interface FaultPlan {
  /** Share of Graph requests that meet a fault, split evenly over the four kinds. */
  rate: number;
  retryAfterSeconds: number;
  delayMs: number;
  /** Which kinds of fault to inject (all four unless told); the rate is split over these. */
  kinds?: FaultKind[];
}

/** The kinds of fault a plan may inject. */
export const faultKinds = ["429", "503", "reset", "delay"] as const;
export type FaultKind = (typeof faultKinds)[number];

/** The plan: 10% of Graph requests; 429 and 503 with Retry-After 1 s; connection resets; 2 s delays. */
export const defaultFaultPlan: FaultPlan = { rate: 0.1, retryAfterSeconds: 1, delayMs: 2_000 };

/**
 * devtenant's rules for a plan. Rules are tried in order and the first that fires wins, so each kind's probability is
 * set for the share of requests that reach it: the kinds together fault `rate` of requests, an equal share each.
 */
export function faultRules(plan: FaultPlan): Array<Record<string, unknown>> {
  const rules: Record<FaultKind, Record<string, unknown>> = {
    429: { status: 429, retryAfterSeconds: plan.retryAfterSeconds },
    503: { status: 503, retryAfterSeconds: plan.retryAfterSeconds },
    reset: { reset: true },
    delay: { delayMs: plan.delayMs },
  };
  const kinds = (plan.kinds ?? faultKinds).map((k) => rules[k]);
  const each = plan.rate / kinds.length;
  return ["GET /v1.0/", "POST /v1.0/", "PATCH /v1.0/"].flatMap((match) =>
    kinds.map((kind, i) => ({ match, probability: Math.min(1, each / (1 - each * i)), ...kind })),
  );
}

/** Routes a client calls several at a time by design (drive look-ups: four `$batch` of 20 in flight), where a per-route
 * timeline cannot tell a retry from a sibling request. */
export const concurrentRoutes = ["POST /v1.0/$batch", "GET /v1.0/users/:id/drive"];
