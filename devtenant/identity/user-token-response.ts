import type { DevTenantApp } from '../app-context.js';
import { AadError } from '../http/aad-error.js';
import { APP_REGISTRATION, GRAPH_RESOURCE } from '../seed/app-registration.js';
import type { DirectoryUser } from '../seed/directory-user.js';
import type { GrantInput, TokenResponse } from './grant-input.js';
import { grantedScopeString, parseScopes, ScopeError, type ParsedScopes } from './scopes.js';
import { signJwt } from './signing-key.js';
import { baseClaims, clientInfo, pairwiseSubject, TOKEN_LIFETIME_SECONDS } from './token-claims.js';

/** Who a user token is for and what was asked. */
export type UserGrant = { tenantId: string; userIndex: number; scope: string; nonce?: string };

/** Access, id and refresh tokens for a signed-in user, shared by the code and refresh grants. */
export async function userTokenResponse(input: GrantInput, grant: UserGrant): Promise<TokenResponse> {
  const { app, clientId } = input;
  const user = app.state.tenants.find(grant.tenantId)?.directory.at(grant.userIndex);
  if (!user) throw new AadError(400, 'invalid_grant', 50034, `The user account does not exist in the ${grant.tenantId} directory.`);
  const parsed = parseOrThrow(grant.scope);
  const delegated = delegatedFor(app, parsed, grant.tenantId);
  const aud = parsed.resource === 'graph' ? GRAPH_RESOURCE : APP_REGISTRATION.clientId;
  const person = { name: user.displayName, oid: user.id, preferred_username: user.userPrincipalName, sub: pairwiseSubject(user.id, clientId) };
  const access = {
    ...baseClaims(app, grant.tenantId, aud),
    ...person,
    scp: delegated.filter((s) => s !== 'offline_access').join(' '),
    ...(parsed.resource === 'app' && user.appRoles.length > 0 ? { roles: [...user.appRoles] } : {}),
  };
  const response: TokenResponse = {
    token_type: 'Bearer',
    scope: grantedScopeString(parsed, delegated),
    expires_in: TOKEN_LIFETIME_SECONDS - 1,
    ext_expires_in: TOKEN_LIFETIME_SECONDS - 1,
    access_token: await signJwt(app.signingKey, access),
    client_info: clientInfo(user.id, grant.tenantId),
  };
  if (parsed.oidc.includes('openid')) response.id_token = await idToken(app, user, grant, clientId);
  if (parsed.oidc.includes('offline_access')) {
    response.refresh_token = app.state.refreshTokens.put({ clientId, scope: grant.scope, tenantId: grant.tenantId, userIndex: user.index });
  }
  return response;
}

function parseOrThrow(scope: string): ParsedScopes {
  try {
    return parseScopes(scope);
  } catch (error) {
    if (error instanceof ScopeError) throw new AadError(400, 'invalid_scope', error.aadsts, error.message);
    throw error;
  }
}

function delegatedFor(app: DevTenantApp, parsed: ParsedScopes, tenantId: string): string[] {
  if (parsed.resource === 'app') return [APP_REGISTRATION.delegatedScope];
  const consent = app.state.consents.get(tenantId);
  const consented = consent?.delegatedPermissions ?? [];
  const wanted = parsed.isDefault ? consented : [...parsed.permissions, ...parsed.oidc];
  const granted = wanted.filter((p) => consented.includes(p));
  const missing = parsed.permissions.filter((p) => p !== '.default' && !consented.includes(p));
  if (!consent || missing.length > 0) {
    throw new AadError(
      400, 'invalid_grant', 65001,
      `The user or administrator has not consented to use the application with ID '${APP_REGISTRATION.clientId}' named '${APP_REGISTRATION.displayName}'. Send an interactive authorization request for this user and resource.`,
    );
  }
  return granted;
}

async function idToken(app: DevTenantApp, user: DirectoryUser, grant: UserGrant, clientId: string): Promise<string> {
  const base = baseClaims(app, grant.tenantId, clientId);
  const { azp: _azp, azpacr: _azpacr, ...claims } = base;
  return signJwt(app.signingKey, {
    ...claims,
    name: user.displayName,
    oid: user.id,
    preferred_username: user.userPrincipalName,
    sub: pairwiseSubject(user.id, clientId),
    ...(grant.nonce ? { nonce: grant.nonce } : {}),
  });
}
