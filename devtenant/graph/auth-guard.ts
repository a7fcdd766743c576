import { errors, jwtVerify, type JWTPayload } from 'jose';
import { GraphError } from '../http/graph-error.js';
import type { RequestContext } from '../http/route.js';
import { GRAPH_RESOURCE } from '../seed/app-registration.js';
import type { Tenant } from '../state/tenant-registry.js';
import { issuerFor } from '../identity/resolve-tenant.js';

/** Who called Graph: the token's tenant, and its roles (app) or scopes (delegated). */
export type GraphPrincipal = {
  tenant: Tenant;
  kind: 'app' | 'delegated';
  roles: string[];
  scopes: string[];
  userId?: string;
  claims: JWTPayload;
};

/** Permissions an operation accepts: any one application role or any one delegated scope. */
export type PermissionNeed = { application: readonly string[]; delegated: readonly string[] };

const GRAPH_AUDIENCES = [GRAPH_RESOURCE, `${GRAPH_RESOURCE}/`, '00000003-0000-0000-c000-000000000000'];

function unauthorized(message: string): GraphError {
  return new GraphError(401, 'InvalidAuthenticationToken', message);
}

/** Validates the bearer token (signature, audience, issuer, lifetime); its tid selects the tenant. */
export async function authenticateGraph(ctx: RequestContext): Promise<GraphPrincipal> {
  const header = ctx.header('authorization') ?? '';
  const token = /^Bearer\s+(.+)$/i.exec(header)?.[1]?.trim();
  if (!token) throw unauthorized('Access token is empty.');
  if (token.split('.').length !== 3) throw unauthorized('IDX14100: JWT is not well formed, there are no dots (.).');
  let claims: JWTPayload;
  try {
    ({ payload: claims } = await jwtVerify(token, ctx.app.signingKey.publicKey, { algorithms: ['RS256'] }));
  } catch (error) {
    if (error instanceof errors.JWTExpired) throw unauthorized('Lifetime validation failed, the token is expired.');
    if (error instanceof errors.JWTClaimValidationFailed) throw unauthorized('Lifetime validation failed, the token is not yet valid.');
    throw unauthorized('Access token validation failure. Invalid signature.');
  }
  const aud = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
  if (!aud.some((a) => a !== undefined && GRAPH_AUDIENCES.includes(a))) throw unauthorized('Access token validation failure. Invalid audience.');
  const tid = typeof claims.tid === 'string' ? claims.tid : '';
  const tenant = ctx.app.state.tenants.find(tid);
  if (!tenant || claims.iss !== issuerFor(ctx.app, tenant.seed.tenantId)) throw unauthorized('Access token validation failure. Invalid issuer.');
  const roles = Array.isArray(claims.roles) ? claims.roles.filter((r): r is string => typeof r === 'string') : [];
  const scopes = typeof claims.scp === 'string' ? claims.scp.split(' ').filter(Boolean) : [];
  const kind = typeof claims.scp === 'string' ? 'delegated' : 'app';
  const userId = kind === 'delegated' && typeof claims.oid === 'string' ? claims.oid : undefined;
  return { tenant, kind, roles, scopes, userId, claims };
}

/** Throws 403 Authorization_RequestDenied unless the token carries one of the needed permissions. */
export function requirePermission(principal: GraphPrincipal, need: PermissionNeed): void {
  const held = principal.kind === 'app' ? principal.roles : principal.scopes;
  const wanted = principal.kind === 'app' ? need.application : need.delegated;
  if (!held.some((p) => wanted.includes(p))) {
    throw new GraphError(403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.');
  }
}

/** Authenticates and checks permissions in one step. */
export async function authorizeGraph(ctx: RequestContext, need: PermissionNeed): Promise<GraphPrincipal> {
  const principal = await authenticateGraph(ctx);
  requirePermission(principal, need);
  return principal;
}
