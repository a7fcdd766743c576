import { htmlReply, type Reply } from '../http/reply.js';
import { PageError } from '../http/page-error.js';
import type { RequestContext, Route } from '../http/route.js';
import { APP_REGISTRATION } from '../seed/app-registration.js';
import { APPLICATION_PERMISSIONS, DELEGATED_PERMISSIONS } from '../seed/permissions.js';
import { completeSignIn } from './complete-sign-in.js';
import { loadPageSession } from './page-session.js';
import { renderConsentPage } from './pages/consent.page.js';

async function pickAccount(ctx: RequestContext): Promise<Reply> {
  const { app } = ctx;
  const form = await ctx.readForm();
  const { pageId, session } = loadPageSession(app, form);
  const [tenantId = '', indexText = ''] = (form.get('account') ?? '').split(':');
  const tenant = app.state.tenants.find(tenantId);
  const index = Number(indexText);
  const user = tenant && index < tenant.seed.namedUsers.length ? tenant.directory.at(index) : undefined;
  if (!tenant || !user) throw new PageError(400, 50034, 'The user account does not exist in the directory. Pick an account from the list.');
  const pathTenant = session.tenantSegment;
  if (pathTenant !== 'organizations' && pathTenant !== 'common' && pathTenant !== tenant.seed.tenantId) {
    throw new PageError(
      400, 50020,
      `User account '${user.userPrincipalName}' from identity provider '${app.url}/${tenant.seed.tenantId}/' does not exist in tenant '${pathTenant}' and cannot access the application '${APP_REGISTRATION.clientId}'(${APP_REGISTRATION.displayName}) in that tenant.`,
    );
  }
  session.account = { tenantId: tenant.seed.tenantId, userIndex: index };
  const needsConsent = session.prompt === 'consent' || !app.state.consents.get(tenant.seed.tenantId);
  if (!needsConsent) return completeSignIn(app, pageId, session);
  return htmlReply(200, renderConsentPage({
    action: `/${session.tenantSegment}/consent`,
    pageId,
    appName: APP_REGISTRATION.displayName,
    publisher: APP_REGISTRATION.publisherName,
    userPrincipalName: user.userPrincipalName,
    applicationPermissions: APPLICATION_PERMISSIONS,
    delegatedPermissions: DELEGATED_PERMISSIONS,
  }));
}

/** The account picker posts here; answers the consent page or redirects with a code. */
export const loginRoutes: Route[] = [{ method: 'POST', path: '/:tenant/login', style: 'page', handle: pickAccount }];
