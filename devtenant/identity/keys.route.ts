import { jsonReply } from '../http/reply.js';
import type { Route } from '../http/route.js';
import { issuerFor, resolveTenantSegment } from './resolve-tenant.js';

/** The JWKS: the one signing key, with the issuer it signs for like Entra's tenant-specific keys. */
export const keysRoutes: Route[] = [
  {
    method: 'GET',
    path: '/:tenant/discovery/v2.0/keys',
    style: 'aad',
    handle: ({ app, params }) => {
      const resolved = resolveTenantSegment(app, params.tenant ?? '');
      const issuer = issuerFor(app, resolved.kind === 'multi' ? '{tenantid}' : resolved.id);
      return jsonReply(200, { keys: [{ ...app.signingKey.jwk, issuer }] }, { 'access-control-allow-origin': '*' });
    },
  },
];
