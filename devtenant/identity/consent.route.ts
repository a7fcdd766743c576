import { PageError } from '../http/page-error.js';
import type { Reply } from '../http/reply.js';
import type { RequestContext, Route } from '../http/route.js';
import { grantFullConsent } from '../state/grant-full-consent.js';
import { completeSignIn, redirectSignInError } from './complete-sign-in.js';
import { loadPageSession } from './page-session.js';

async function answerConsent(ctx: RequestContext): Promise<Reply> {
  const { app } = ctx;
  const form = await ctx.readForm();
  const { pageId, session } = loadPageSession(app, form);
  const account = session.account;
  const user = account && app.state.tenants.find(account.tenantId)?.directory.at(account.userIndex);
  if (!account || !user) throw new PageError(400, 90014, 'No account was picked for this consent page. Start the sign-in from the app again.');
  const action = form.get('action');
  if (action === 'cancel') {
    return redirectSignInError(app, pageId, session, {
      error: 'access_denied',
      error_subcode: 'cancel',
      error_description: 'AADSTS65004: User declined to consent to access the app.',
    });
  }
  if (action !== 'accept') throw new PageError(400, 90014, "The consent form must be answered with 'accept' or 'cancel'.");
  if (!user.isGlobalAdmin) {
    return redirectSignInError(app, pageId, session, {
      error: 'access_denied',
      error_description: 'AADSTS90094: Admin consent is required for the permissions requested by this application. An admin consent request may be sent to the admin.',
    });
  }
  grantFullConsent(app.state.consents, account.tenantId, user.userPrincipalName);
  return completeSignIn(app, pageId, session);
}

/** The consent page posts here: Accept (admin) records consent; Cancel or a non-admin is denied. */
export const consentRoutes: Route[] = [{ method: 'POST', path: '/:tenant/consent', style: 'page', handle: answerConsent }];
