/** Confirms a tenant exists and finds its GUID (from a GUID or a verified domain), as Entra's OpenID metadata reports it. */
export interface TenantResolver {
  resolve(tenantIdOrDomain: string, options?: { signal?: AbortSignal }): Promise<{ tenantId: string }>;
}

/** What the customer's admin proved by signing in and consenting. */
export interface RedeemedConsent {
  tenantId: string;
  adminName: string;
  adminUserPrincipalName: string;
  /** The admin's delegated Graph token: only Authorise has one, and Backup's service-app activation needs it. */
  delegatedToken: string;
}

/** The admin-consent sign-in (authorization-code flow) for a customer's tenant. */
export interface ConsentPort {
  buildAuthorizeUrl(input: { state: string; domainHint: string | null; loginHint?: string }): Promise<string>;
  redeemCode(code: string): Promise<RedeemedConsent>;
}

/** App-only tokens for a customer tenant (client credentials), cached until near expiry. */
export interface AppTokenPort {
  getAppToken(tenantId: string): Promise<string>;
}
