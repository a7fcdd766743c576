/** What the browser asked for at /authorize, kept server-side behind an opaque page id. */
export type PageSession = {
  tenantSegment: string;
  clientId: string;
  redirectUri: string;
  scope: string;
  state?: string;
  nonce?: string;
  prompt?: string;
  loginHint?: string;
  domainHint?: string;
  codeChallenge?: string;
  codeChallengeMethod?: string;
  /** Set once an account was picked: who signs in. */
  account?: { tenantId: string; userIndex: number };
};

/** An authorization code: single use, bound to the client, redirect URI and PKCE challenge. */
export type AuthCodeRecord = {
  clientId: string;
  redirectUri: string;
  scope: string;
  nonce?: string;
  codeChallenge?: string;
  codeChallengeMethod?: string;
  tenantId: string;
  userIndex: number;
};

/** A refresh token: who it is for and which scope it was first granted with. */
export type RefreshRecord = { clientId: string; scope: string; tenantId: string; userIndex: number };
