import { DevTenantError, isoNoMillis, type ErrorIds } from './devtenant-error.js';
import { jsonReply, type Reply } from './reply.js';

/** An error answered in Microsoft Graph's shape: `{ error: { code, message, innerError } }`. */
export class GraphError extends DevTenantError {
  override readonly name = 'GraphError';
  readonly status: number;
  readonly code: string;

  constructor(status: number, code: string, message: string, headers: Record<string, string> = {}) {
    super(message);
    this.status = status;
    this.code = code;
    this.headers = headers;
  }

  toReply(ids: ErrorIds): Reply {
    const body = {
      error: {
        code: this.code,
        message: this.message,
        innerError: { date: isoNoMillis(), 'request-id': ids.requestId, 'client-request-id': ids.clientRequestId },
      },
    };
    return jsonReply(this.status, body, this.headers);
  }
}
