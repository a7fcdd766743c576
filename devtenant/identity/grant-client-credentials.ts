import { BOTFRAMEWORK_RESOURCE, isBotFrameworkScope } from '../connector/constants.js';
import { AadError } from '../http/aad-error.js';
import { APP_REGISTRATION, GRAPH_RESOURCE } from '../seed/app-registration.js';
import { appNotFoundMessage } from './client-auth.js';
import type { GrantInput, TokenResponse } from './grant-input.js';
import { parseScopes, ScopeError } from './scopes.js';
import { signJwt } from './signing-key.js';
import { baseClaims, servicePrincipalId, TOKEN_LIFETIME_SECONDS } from './token-claims.js';

/**
 * App-only token for a tenant that has consented: roles are the consented application permissions.
 * An unconsented tenant answers AADSTS700016 (the app has no service principal there).
 */
export async function issueClientCredentialsToken({ app, segment, form }: GrantInput): Promise<TokenResponse> {
  if (segment.kind !== 'tenant') {
    throw new AadError(400, 'invalid_request', 50059, 'No tenant-identifying information found in either the request or implied by any provided credentials.');
  }
  const scope = form.get('scope');
  if (!scope) throw new AadError(400, 'invalid_request', 900144, "The request body must contain the following parameter: 'scope'.");
  // `https://api.botframework.com/.default`: a Bot Connector token (roles: none).
  const parsed = isBotFrameworkScope(scope) ? undefined : parseClientCredentialScope(scope);
  const tenantId = segment.tenant.seed.tenantId;
  const consent = app.state.consents.get(tenantId);
  if (!consent) throw new AadError(400, 'unauthorized_client', 700016, appNotFoundMessage(APP_REGISTRATION.clientId, tenantId));
  const aud = !parsed ? BOTFRAMEWORK_RESOURCE : parsed.resource === 'graph' ? GRAPH_RESOURCE : APP_REGISTRATION.clientId;
  const oid = servicePrincipalId(tenantId);
  const claims = {
    ...baseClaims(app, tenantId, aud),
    idp: `${app.url}/${tenantId}/`,
    idtyp: 'app',
    oid,
    sub: oid,
    roles: parsed?.resource === 'graph' ? consent.applicationPermissions : [],
    app_displayname: APP_REGISTRATION.displayName,
  };
  return {
    token_type: 'Bearer',
    expires_in: TOKEN_LIFETIME_SECONDS - 1,
    ext_expires_in: TOKEN_LIFETIME_SECONDS - 1,
    access_token: await signJwt(app.signingKey, claims),
  };
}

function parseClientCredentialScope(scope: string): ReturnType<typeof parseScopes> {
  try {
    const parsed = parseScopes(scope);
    if (parsed.isDefault && parsed.permissions.length === 1 && parsed.oidc.length === 0) return parsed;
  } catch (error) {
    if (error instanceof ScopeError) throw new AadError(400, 'invalid_scope', error.aadsts, error.message);
    throw error;
  }
  throw new AadError(
    400, 'invalid_scope', 1002012,
    `The provided value for scope ${scope} is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier (application ID URI).`,
  );
}
