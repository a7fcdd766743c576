import { createHash } from 'node:crypto';
import { AadError } from '../http/aad-error.js';
import type { AuthCodeRecord } from '../state/sign-in-records.js';
import type { GrantInput, TokenResponse } from './grant-input.js';
import { userTokenResponse } from './user-token-response.js';

/** Redeems a single-use authorization code (redirect URI and PKCE checked) for user tokens. */
export async function redeemAuthorizationCode(input: GrantInput): Promise<TokenResponse> {
  const { app, form, clientId, segment } = input;
  const code = form.get('code');
  if (!code) throw new AadError(400, 'invalid_request', 900144, "The request body must contain the following parameter: 'code'.");
  const record = app.state.codes.take(code);
  if (!record || record.clientId !== clientId) {
    throw new AadError(400, 'invalid_grant', 70000, "The provided value for the 'code' parameter is not valid. The code has expired, was already redeemed, or was issued to another client.");
  }
  if (segment.kind === 'tenant' && segment.id !== record.tenantId) {
    throw new AadError(400, 'invalid_grant', 70000, 'The provided authorization code was issued for another tenant.');
  }
  const redirectUri = form.get('redirect_uri');
  if (redirectUri !== record.redirectUri) {
    throw new AadError(400, 'invalid_grant', 50011, `The redirect URI '${redirectUri ?? ''}' specified in the request does not match the redirect URI used to obtain the authorization code.`);
  }
  checkPkce(record, form.get('code_verifier'));
  const scope = form.get('scope') || record.scope;
  return userTokenResponse(input, { tenantId: record.tenantId, userIndex: record.userIndex, scope, nonce: record.nonce });
}

function checkPkce(record: AuthCodeRecord, verifier: string | null): void {
  if (!record.codeChallenge) return;
  if (!verifier) throw new AadError(400, 'invalid_grant', 501481, 'The Code_Verifier does not match the code_challenge supplied in the authorization request.');
  const method = record.codeChallengeMethod ?? 'plain';
  const computed = method === 'S256' ? createHash('sha256').update(verifier).digest('base64url') : verifier;
  if (computed !== record.codeChallenge) {
    throw new AadError(400, 'invalid_grant', 501481, 'The Code_Verifier does not match the code_challenge supplied in the authorization request.');
  }
}
