import { errors, jwtVerify, type JWTPayload } from 'jose';
import type { RequestContext } from '../http/route.js';
import { issuerFor } from '../identity/resolve-tenant.js';
import { BOTFRAMEWORK_RESOURCE } from './constants.js';
import { ConnectorError } from './connector-error.js';
import type { Conversation } from './connector-state.js';

/** The bot calling the connector: its app id (the token's azp/appid) and the tenant that issued the token. */
export type BotCaller = { appId: string; tenantId: string };

function unauthorized(detail: string): ConnectorError {
  // The real connector says only this; the detail goes into WWW-Authenticate to help whoever debugs.
  return new ConnectorError(401, 'Unauthorized', 'Authorization has been denied for this request.', {
    'www-authenticate': `Bearer error="invalid_token", error_description="${detail}"`,
  });
}

/**
 * Checks the bot's bearer token: signed by devtenant's Entra key, `aud` https://api.botframework.com,
 * the v2 issuer of a known tenant, not expired. Anything else is 401.
 */
export async function authenticateBot(ctx: RequestContext): Promise<BotCaller> {
  const token = /^Bearer\s+(\S+)$/i.exec(ctx.header('authorization') ?? '')?.[1];
  if (!token) throw unauthorized('no bearer token');
  let claims: JWTPayload;
  try {
    ({ payload: claims } = await jwtVerify(token, ctx.app.signingKey.publicKey, { algorithms: ['RS256'] }));
  } catch (error) {
    throw unauthorized(error instanceof errors.JWTExpired ? 'the token is expired' : 'invalid signature or lifetime');
  }
  const aud = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
  if (!aud.includes(BOTFRAMEWORK_RESOURCE)) throw unauthorized(`audience must be ${BOTFRAMEWORK_RESOURCE}`);
  const tid = typeof claims.tid === 'string' ? claims.tid : '';
  const tenant = ctx.app.state.tenants.find(tid);
  if (!tenant || claims.iss !== issuerFor(ctx.app, tenant.seed.tenantId)) throw unauthorized('unknown issuer');
  const appId = typeof claims.azp === 'string' ? claims.azp : typeof claims.appid === 'string' ? claims.appid : '';
  if (!appId) throw unauthorized('no azp or appid claim');
  return { appId, tenantId: tenant.seed.tenantId };
}

/** The conversation in the path, which must exist and belong to the calling bot. */
export function conversationFor(ctx: RequestContext, caller: BotCaller): Conversation {
  const id = ctx.params.conversationId ?? '';
  const conversation = ctx.app.state.connector.conversations.get(id);
  if (!conversation) throw new ConnectorError(404, 'ConversationNotFound', 'Conversation not found.');
  if (conversation.botAppId !== caller.appId) {
    throw new ConnectorError(403, 'BotNotInConversationRoster', 'The bot is not part of the conversation roster.');
  }
  return conversation;
}
