import { randomBytes } from 'node:crypto';
import type { JWTPayload } from 'jose';
import type { DevTenantApp } from '../app-context.js';
import { APP_REGISTRATION } from '../seed/app-registration.js';
import { derivedGuid } from '../seed/user-id.js';
import { issuerFor } from './resolve-tenant.js';

/** Lifetime of every token devtenant issues, in seconds (Entra's default hour). */
export const TOKEN_LIFETIME_SECONDS = 3600;

/** Claims every v2 token carries: iss, tid, iat, nbf, exp, ver, uti, azp. */
export function baseClaims(app: DevTenantApp, tenantId: string, aud: string): JWTPayload & Record<string, unknown> {
  const now = Math.floor(Date.now() / 1000);
  return {
    aud,
    iss: issuerFor(app, tenantId),
    iat: now,
    nbf: now,
    exp: now + TOKEN_LIFETIME_SECONDS,
    tid: tenantId,
    azp: APP_REGISTRATION.clientId,
    azpacr: '1',
    uti: randomBytes(16).toString('base64url'),
    ver: '2.0',
  };
}

/** The app's service principal object id in a tenant (stable). */
export function servicePrincipalId(tenantId: string): string {
  return derivedGuid('service-principal', tenantId, APP_REGISTRATION.clientId);
}

/** Entra's pairwise `sub`: stable per user and app, different from oid. */
export function pairwiseSubject(userId: string, clientId: string): string {
  return Buffer.from(derivedGuid('sub', userId, clientId).replace(/-/g, ''), 'hex').toString('base64url');
}

/** `client_info` as Entra returns it: base64url of {"uid":oid,"utid":tid}. */
export function clientInfo(oid: string, tid: string): string {
  return Buffer.from(JSON.stringify({ uid: oid, utid: tid })).toString('base64url');
}
