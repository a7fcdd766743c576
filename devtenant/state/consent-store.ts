/** What a tenant granted the app, and who granted it. */
export type ConsentGrant = {
  tenantId: string;
  applicationPermissions: string[];
  delegatedPermissions: string[];
  grantedAt: string;
  grantedBy: string;
};

/** The app's consents per tenant (admin consent covers the whole organisation). */
export class ConsentStore {
  readonly #grants = new Map<string, ConsentGrant>();

  /** Records (or replaces) a tenant's consent. */
  grant(input: Omit<ConsentGrant, 'grantedAt'>): ConsentGrant {
    const grant = { ...input, tenantId: input.tenantId.toLowerCase(), grantedAt: new Date().toISOString() };
    this.#grants.set(grant.tenantId, grant);
    return grant;
  }

  /** A tenant's consent, if any. */
  get(tenantId: string): ConsentGrant | undefined {
    return this.#grants.get(tenantId.toLowerCase());
  }

  /** Revokes a tenant's consent; false when there was none. */
  revoke(tenantId: string): boolean {
    return this.#grants.delete(tenantId.toLowerCase());
  }

  /** All consents. */
  list(): ConsentGrant[] {
    return [...this.#grants.values()];
  }
}
