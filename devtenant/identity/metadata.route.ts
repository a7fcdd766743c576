import { jsonReply } from '../http/reply.js';
import type { Route } from '../http/route.js';
import { issuerFor, resolveTenantSegment } from './resolve-tenant.js';

/** OpenID Connect discovery, shaped like Entra's v2 document; the issuer carries the tenant GUID. */
export const metadataRoutes: Route[] = [
  {
    method: 'GET',
    path: '/:tenant/v2.0/.well-known/openid-configuration',
    style: 'aad',
    handle: ({ app, params }) => {
      const resolved = resolveTenantSegment(app, params.tenant ?? '');
      const id = resolved.id;
      const issuerTenant = resolved.kind === 'multi' ? '{tenantid}' : id;
      return jsonReply(200, {
        token_endpoint: `${app.url}/${id}/oauth2/v2.0/token`,
        token_endpoint_auth_methods_supported: ['client_secret_post', 'private_key_jwt', 'client_secret_basic'],
        jwks_uri: `${app.url}/${id}/discovery/v2.0/keys`,
        response_modes_supported: ['query', 'fragment', 'form_post'],
        subject_types_supported: ['pairwise'],
        id_token_signing_alg_values_supported: ['RS256'],
        response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
        scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
        issuer: issuerFor(app, issuerTenant),
        request_uri_parameter_supported: false,
        authorization_endpoint: `${app.browserUrl}/${id}/oauth2/v2.0/authorize`,
        http_logout_supported: true,
        frontchannel_logout_supported: true,
        end_session_endpoint: `${app.browserUrl}/${id}/oauth2/v2.0/logout`,
        claims_supported: [
          'sub', 'iss', 'cloud_instance_name', 'cloud_instance_host_name', 'cloud_graph_host_name', 'msgraph_host',
          'aud', 'exp', 'iat', 'auth_time', 'acr', 'nonce', 'preferred_username', 'name', 'tid', 'ver', 'at_hash', 'c_hash', 'email',
        ],
        tenant_region_scope: resolved.kind === 'multi' ? null : 'OC',
        cloud_instance_name: 'microsoftonline.com',
        cloud_graph_host_name: 'graph.windows.net',
        msgraph_host: 'graph.microsoft.com',
        rbac_url: 'https://pas.windows.net',
      }, { 'cache-control': 'max-age=86400, private', 'access-control-allow-origin': '*' });
    },
  },
];
