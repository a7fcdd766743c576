import { AadError } from '../http/aad-error.js';
import type { RequestContext } from '../http/route.js';
import { APP_REGISTRATION } from '../seed/app-registration.js';

/** The message Entra gives when an app id is unknown in a directory (AADSTS700016). */
export function appNotFoundMessage(clientId: string, directory: string): string {
  return (
    `Application with identifier '${clientId}' was not found in the directory '${directory}'. This can happen if the application ` +
    'has not been installed by the administrator of the tenant or consented to by any user in the tenant. ' +
    'You may have sent your authentication request to the wrong tenant.'
  );
}

function basicCredentials(ctx: RequestContext): { id: string; secret: string } | undefined {
  const header = ctx.header('authorization');
  if (!header?.toLowerCase().startsWith('basic ')) return undefined;
  const decoded = Buffer.from(header.slice(6).trim(), 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  return { id: decodeURIComponent(decoded.slice(0, colon)), secret: decodeURIComponent(decoded.slice(colon + 1)) };
}

/**
 * Checks the confidential client (client_secret in the body or HTTP Basic) and returns its id;
 * throws Entra's errors for a missing, unknown or wrong credential.
 */
export function authenticateClient(ctx: RequestContext, form: URLSearchParams, directory: string): string {
  const basic = basicCredentials(ctx);
  const clientId = basic?.id ?? form.get('client_id') ?? '';
  const secret = basic?.secret ?? form.get('client_secret') ?? undefined;
  if (!clientId) throw new AadError(400, 'invalid_request', 900144, "The request body must contain the following parameter: 'client_id'.");
  if (clientId.toLowerCase() !== APP_REGISTRATION.clientId) {
    throw new AadError(400, 'unauthorized_client', 700016, appNotFoundMessage(clientId, directory));
  }
  if (form.has('client_assertion')) {
    throw new AadError(401, 'invalid_client', 700027, 'Client assertion failed signature validation. devtenant accepts client secrets only.');
  }
  if (secret === undefined) {
    throw new AadError(401, 'invalid_client', 7000218, "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.");
  }
  if (secret !== APP_REGISTRATION.clientSecret) {
    throw new AadError(
      401, 'invalid_client', 7000215,
      `Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${APP_REGISTRATION.clientId}'.`,
    );
  }
  return APP_REGISTRATION.clientId;
}
