import { htmlReply, redirectReply, type Reply } from '../http/reply.js';
import type { RequestContext, Route } from '../http/route.js';
import { APP_REGISTRATION } from '../seed/app-registration.js';
import type { PageSession } from '../state/sign-in-records.js';
import { listAccounts } from './list-accounts.js';
import { renderAccountPicker } from './pages/account-picker.page.js';
import { withQuery } from './redirect-uri.js';
import { resolveTenantSegment } from './resolve-tenant.js';
import { parseScopes, ScopeError } from './scopes.js';
import { validateClientAndRedirect } from './validate-client.js';

function optional(query: URLSearchParams, name: string): string | undefined {
  return query.get(name) ?? undefined;
}

/** Errors Entra reports back to a valid redirect URI: `error`, `error_description`, `state`. */
function redirectError(redirectUri: string, state: string | undefined, error: string, description: string): Reply {
  return redirectReply(withQuery(redirectUri, { error, error_description: description, state }));
}

function authorize(ctx: RequestContext): Reply {
  const { app, query } = ctx;
  const tenantParam = ctx.params.tenant ?? '';
  const segment = resolveTenantSegment(app, tenantParam, 'page');
  const { clientId, redirectUri } = validateClientAndRedirect(query.get('client_id'), query.get('redirect_uri'), segment.id);
  const state = optional(query, 'state');
  if (query.get('response_type') !== 'code') {
    return redirectError(redirectUri, state, 'unsupported_response_type', `AADSTS700054: response_type '${query.get('response_type') ?? ''}' is not enabled for the application. devtenant supports response_type=code.`);
  }
  const mode = query.get('response_mode');
  if (mode && mode !== 'query') return redirectError(redirectUri, state, 'invalid_request', `AADSTS900144: devtenant supports response_mode=query only, not '${mode}'.`);
  const scope = query.get('scope');
  if (!scope) return redirectError(redirectUri, state, 'invalid_request', "AADSTS900144: The request body must contain the following parameter: 'scope'.");
  try {
    parseScopes(scope);
  } catch (error) {
    if (error instanceof ScopeError) return redirectError(redirectUri, state, 'invalid_scope', `AADSTS${error.aadsts}: ${error.message}`);
    throw error;
  }
  if (query.get('prompt') === 'none') {
    return redirectError(redirectUri, state, 'login_required', 'AADSTS50058: A silent sign-in request was sent but no user is signed in.');
  }
  const method = optional(query, 'code_challenge_method');
  if (method && method !== 'S256' && method !== 'plain') {
    return redirectError(redirectUri, state, 'invalid_request', `AADSTS501491: Invalid size of Code_Challenge parameter or unsupported code_challenge_method '${method}'.`);
  }
  const session: PageSession = {
    tenantSegment: segment.id, clientId, redirectUri, scope, state,
    nonce: optional(query, 'nonce'), prompt: optional(query, 'prompt'),
    loginHint: optional(query, 'login_hint'), domainHint: optional(query, 'domain_hint'),
    codeChallenge: optional(query, 'code_challenge'), codeChallengeMethod: method ?? (query.get('code_challenge') ? 'plain' : undefined),
  };
  const pageId = app.state.pages.put(session);
  const groups = listAccounts(app, segment, { loginHint: session.loginHint, domainHint: session.domainHint });
  return htmlReply(200, renderAccountPicker({ action: `/${segment.id}/login`, pageId, appName: APP_REGISTRATION.displayName, groups }));
}

/** The browser's entry point: validates the request and shows "Pick an account". */
export const authorizeRoutes: Route[] = [{ method: 'GET', path: '/:tenant/oauth2/v2.0/authorize', style: 'page', handle: authorize }];
