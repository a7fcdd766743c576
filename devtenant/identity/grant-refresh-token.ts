import { AadError } from '../http/aad-error.js';
import type { GrantInput, TokenResponse } from './grant-input.js';
import { userTokenResponse } from './user-token-response.js';

/** Redeems a refresh token for new user tokens (the old refresh token stays valid, as in Entra). */
export async function redeemRefreshToken(input: GrantInput): Promise<TokenResponse> {
  const { app, form, clientId, segment } = input;
  const token = form.get('refresh_token');
  if (!token) throw new AadError(400, 'invalid_request', 900144, "The request body must contain the following parameter: 'refresh_token'.");
  const record = app.state.refreshTokens.get(token);
  if (!record || record.clientId !== clientId || (segment.kind === 'tenant' && segment.id !== record.tenantId)) {
    throw new AadError(400, 'invalid_grant', 9002313, 'Invalid request. Request is malformed or invalid.');
  }
  const scope = form.get('scope') || record.scope;
  return userTokenResponse(input, { tenantId: record.tenantId, userIndex: record.userIndex, scope });
}
