/** One Authorise attempt: who started it, for which customer, and how far it got. Single use. */
export interface ConsentState {
  id: string;
  mspTenantId: string;
  customerId: string;
  staffOid: string;
  staffName: string;
  createdAt: string;
  expiresAt: string;
  /** Set when the popup opened /auth/consent/start; binds the attempt to that browser. */
  startedAt: string | null;
  browserBinding: string | null;
  /** Set once the callback consumed the state: a replay finds it set. */
  usedAt: string | null;
  outcome: "succeeded" | "failed" | null;
  etag?: string;
}

/** Consent attempts, looked up by id from the unauthenticated callback. */
export interface ConsentStateStore {
  create(state: ConsentState): Promise<void>;
  get(id: string): Promise<ConsentState | null>;
  /** Replaces the state if its ETag still matches; throws STORE.CONFLICT (409) otherwise. */
  update(state: ConsentState): Promise<ConsentState>;
}
