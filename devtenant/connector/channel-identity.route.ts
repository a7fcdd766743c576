import { jsonReply } from '../http/reply.js';
import type { Route } from '../http/route.js';
import { CHANNEL_ISSUER, channelMetadataUrl, TEAMS_CHANNEL_ID } from './constants.js';

const CACHE = { 'cache-control': 'max-age=86400, private', 'access-control-allow-origin': '*' };

/**
 * The Bot Framework channel's identity, as login.botframework.com publishes it: OpenID metadata and
 * the JWKS whose key signs the activities the channel delivers, endorsed for `msteams`.
 */
export const channelIdentityRoutes: Route[] = [
  {
    method: 'GET',
    path: '/botframework/v1/.well-known/openidconfiguration',
    style: 'aad',
    handle: ({ app }) =>
      jsonReply(200, {
        issuer: CHANNEL_ISSUER,
        authorization_endpoint: 'https://invalid.botframework.com',
        jwks_uri: channelMetadataUrl(app).replace(/openidconfiguration$/, 'keys'),
        id_token_signing_alg_values_supported: ['RS256'],
        token_endpoint_auth_methods_supported: ['private_key_jwt'],
      }, CACHE),
  },
  {
    method: 'GET',
    path: '/botframework/v1/.well-known/keys',
    style: 'aad',
    handle: async ({ app }) => {
      const key = await app.state.connector.channelKey();
      return jsonReply(200, { keys: [{ ...key.jwk, endorsements: [TEAMS_CHANNEL_ID] }] }, CACHE);
    },
  },
];
