import { AdminError } from '../http/admin-error.js';
import { emptyReply, jsonReply } from '../http/reply.js';
import type { Route } from '../http/route.js';
import { grantFullConsent } from '../state/grant-full-consent.js';

/** Which tenants consented to which permissions; grant (shortcut for tests) or revoke. */
export const consentsRoutes: Route[] = [
  { method: 'GET', path: '/_devtenant/consents', style: 'admin', handle: ({ app }) => jsonReply(200, { consents: app.state.consents.list() }) },
  {
    method: 'POST',
    path: '/_devtenant/consents/:tid',
    style: 'admin',
    handle: ({ app, params }) => {
      const tenant = app.state.tenants.find(params.tid ?? '');
      if (!tenant) throw new AdminError(404, 'DEVTENANT.TENANT_NOT_FOUND', `No tenant '${params.tid ?? ''}'.`);
      return jsonReply(201, grantFullConsent(app.state.consents, tenant.seed.tenantId, 'admin-api'));
    },
  },
  {
    method: 'DELETE',
    path: '/_devtenant/consents/:tid',
    style: 'admin',
    handle: ({ app, params }) => {
      if (!app.state.consents.revoke(params.tid ?? '')) throw new AdminError(404, 'DEVTENANT.CONSENT_NOT_FOUND', `Tenant '${params.tid ?? ''}' has not consented.`);
      return emptyReply(204);
    },
  },
];
