import { randomUUID } from 'node:crypto';
import type { DevTenantApp } from '../app-context.js';
import { redirectReply, type Reply } from '../http/reply.js';
import type { PageSession } from '../state/sign-in-records.js';
import { withQuery } from './redirect-uri.js';

/** Issues the authorization code for a finished sign-in and redirects back to the app. */
export function completeSignIn(app: DevTenantApp, pageId: string, session: PageSession): Reply {
  const account = session.account;
  if (!account) throw new Error('completeSignIn needs a chosen account');
  app.state.pages.take(pageId);
  const code = app.state.codes.put({
    clientId: session.clientId,
    redirectUri: session.redirectUri,
    scope: session.scope,
    nonce: session.nonce,
    codeChallenge: session.codeChallenge,
    codeChallengeMethod: session.codeChallengeMethod,
    tenantId: account.tenantId,
    userIndex: account.userIndex,
  });
  return redirectReply(withQuery(session.redirectUri, { code, state: session.state, session_state: randomUUID() }));
}

/** Redirects an error (access_denied and friends) back to the app, ending the page session. */
export function redirectSignInError(app: DevTenantApp, pageId: string, session: PageSession, params: Record<string, string>): Reply {
  app.state.pages.take(pageId);
  return redirectReply(withQuery(session.redirectUri, { ...params, state: session.state }));
}
