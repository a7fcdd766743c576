import type { DevTenantApp } from '../app-context.js';
import { signJwt } from '../identity/signing-key.js';
import { CHANNEL_ISSUER, connectorServiceUrl } from './constants.js';

/** Lifetime of a channel token, as login.botframework.com issues them (one hour). */
const CHANNEL_TOKEN_SECONDS = 3600;

/**
 * The bearer token the channel puts on an activity it delivers to a bot: signed with the channel key,
 * `iss` https://api.botframework.com, `aud` the bot's app id, `serviceurl` the connector it should answer.
 */
export async function signChannelToken(app: DevTenantApp, botAppId: string): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const claims = { serviceurl: connectorServiceUrl(app), nbf: now, exp: now + CHANNEL_TOKEN_SECONDS, iss: CHANNEL_ISSUER, aud: botAppId };
  return signJwt(await app.state.connector.channelKey(), claims);
}
