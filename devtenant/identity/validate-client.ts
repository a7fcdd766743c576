import { PageError } from '../http/page-error.js';
import { APP_REGISTRATION } from '../seed/app-registration.js';
import { appNotFoundMessage } from './client-auth.js';
import { isRegisteredRedirectUri } from './redirect-uri.js';

/**
 * The checks Entra makes before it will redirect anywhere: a known client_id and a registered
 * redirect_uri. Failing either shows an error page, never a redirect.
 */
export function validateClientAndRedirect(clientId: string | null, redirectUri: string | null, directory: string): { clientId: string; redirectUri: string } {
  if (!clientId) throw new PageError(400, 900144, "The request body must contain the following parameter: 'client_id'.");
  if (clientId.toLowerCase() !== APP_REGISTRATION.clientId) throw new PageError(400, 700016, appNotFoundMessage(clientId, directory));
  if (!redirectUri || !isRegisteredRedirectUri(redirectUri)) {
    throw new PageError(
      400, 50011,
      `The redirect URI '${redirectUri ?? ''}' specified in the request does not match the redirect URIs configured for the application '${APP_REGISTRATION.clientId}'. ` +
        'Make sure the redirect URI sent in the request matches one added to your application in the Azure portal. ' +
        'Navigate to https://aka.ms/redirectUriMismatchError to learn more about how to fix this.',
    );
  }
  return { clientId: APP_REGISTRATION.clientId, redirectUri };
}
