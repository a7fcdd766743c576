import { AadError } from '../http/aad-error.js';
import { jsonReply } from '../http/reply.js';
import type { Route } from '../http/route.js';
import { authenticateClient } from './client-auth.js';
import { redeemAuthorizationCode } from './grant-authorization-code.js';
import { issueClientCredentialsToken } from './grant-client-credentials.js';
import { redeemRefreshToken } from './grant-refresh-token.js';
import { resolveTenantSegment } from './resolve-tenant.js';

/** The v2 token endpoint: client_credentials, authorization_code and refresh_token grants. */
export const tokenRoutes: Route[] = [
  {
    method: 'POST',
    path: '/:tenant/oauth2/v2.0/token',
    style: 'aad',
    handle: async (ctx) => {
      const segment = resolveTenantSegment(ctx.app, ctx.params.tenant ?? '');
      const contentType = ctx.header('content-type') ?? '';
      if (!contentType.toLowerCase().startsWith('application/x-www-form-urlencoded')) {
        throw new AadError(400, 'invalid_request', 900144, "The request body must contain the following parameter: 'grant_type'.");
      }
      const form = await ctx.readForm();
      const grantType = form.get('grant_type');
      if (!grantType) throw new AadError(400, 'invalid_request', 900144, "The request body must contain the following parameter: 'grant_type'.");
      const directory = segment.kind === 'tenant' ? segment.tenant.seed.tenantId : segment.name;
      const clientId = authenticateClient(ctx, form, directory);
      const input = { app: ctx.app, segment, form, clientId };
      switch (grantType) {
        case 'client_credentials':
          return jsonReply(200, await issueClientCredentialsToken(input), { 'cache-control': 'no-store', pragma: 'no-cache' });
        case 'authorization_code':
          return jsonReply(200, await redeemAuthorizationCode(input), { 'cache-control': 'no-store', pragma: 'no-cache' });
        case 'refresh_token':
          return jsonReply(200, await redeemRefreshToken(input), { 'cache-control': 'no-store', pragma: 'no-cache' });
        default:
          throw new AadError(400, 'unsupported_grant_type', 70003, `The app requested an unsupported grant type '${grantType}'.`);
      }
    },
  },
];
