import { DevTenantError } from './devtenant-error.js';
import { jsonReply, type Reply } from './reply.js';

/** An error of devtenant's own admin API: `{ error: { code, message } }`. */
export class AdminError extends DevTenantError {
  override readonly name = 'AdminError';
  readonly status: number;
  readonly code: string;

  constructor(status: number, code: string, message: string) {
    super(message);
    this.status = status;
    this.code = code;
  }

  toReply(): Reply {
    return jsonReply(this.status, { error: { code: this.code, message: this.message } });
  }
}
