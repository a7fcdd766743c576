import type { Logger } from 'pino';
import type { SigningKey } from './identity/signing-key.js';
import type { DevTenantState } from './state/devtenant-state.js';

/** What every route can reach: public URLs, state, the signing key and the link-token secret. */
export type DevTenantApp = {
  /** https://127.0.0.1:P — metadata, tokens, Graph, admin API. */
  url: string;
  /** http://localhost:Q — the pages a person's browser opens. */
  browserUrl: string;
  state: DevTenantState;
  signingKey: SigningKey;
  /** HMAC secret for opaque $skiptoken / $deltatoken values. */
  linkSecret: Buffer;
  /** Changes on every start; a delta token from an earlier run is answered like an expired one. */
  epoch: string;
  log: Logger;
};
