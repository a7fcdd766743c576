import type { DevTenantApp } from '../app-context.js';

/**
 * The issuer of the tokens the channel signs (what login.botframework.com issues, and botbuilder's
 * `AuthenticationConstants.ToBotFromChannelTokenIssuer`).
 */
export const CHANNEL_ISSUER = 'https://api.botframework.com';

/** The resource a bot asks Entra for to call the Bot Connector (`<resource>/.default`, aud of the token). */
export const BOTFRAMEWORK_RESOURCE = 'https://api.botframework.com';

/** Teams' channel id; the channel's signing key is endorsed for it. */
export const TEAMS_CHANNEL_ID = 'msteams';

/** True for the one client-credentials scope that asks for a Bot Connector token. */
export function isBotFrameworkScope(scope: string): boolean {
  return scope.trim().toLowerCase() === `${BOTFRAMEWORK_RESOURCE}/.default`;
}

/** The Bot Connector's service URL (what activities carry as `serviceUrl`; the bot appends `v3/...`). */
export function connectorServiceUrl(app: DevTenantApp): string {
  return `${app.url}/connector/`;
}

/** The channel's OpenID metadata (ToBotFromChannelOpenIdMetadataUrl). */
export function channelMetadataUrl(app: DevTenantApp): string {
  return `${app.url}/botframework/v1/.well-known/openidconfiguration`;
}

/** A Teams bot's channel account id. */
export function botAccountId(appId: string): string {
  return `28:${appId}`;
}
