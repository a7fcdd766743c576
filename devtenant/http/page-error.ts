import { renderErrorPage } from '../identity/pages/error.page.js';
import { DevTenantError, type ErrorIds } from './devtenant-error.js';
import { htmlReply, type Reply } from './reply.js';

/** An error shown to a person as an Entra-like sign-in error page (never a redirect). */
export class PageError extends DevTenantError {
  override readonly name = 'PageError';
  readonly status: number;
  readonly code: string;
  readonly aadsts: number;

  constructor(status: number, aadsts: number, message: string) {
    super(message);
    this.status = status;
    this.aadsts = aadsts;
    this.code = `AADSTS${aadsts}`;
  }

  toReply(ids: ErrorIds): Reply {
    return htmlReply(this.status, renderErrorPage({ aadsts: this.aadsts, message: this.message, ...ids }));
  }
}
