import { DevTenantError, type ErrorIds } from './devtenant-error.js';
import { jsonReply, type Reply } from './reply.js';

function entraTimestamp(date = new Date()): string {
  return date.toISOString().replace('T', ' ').replace(/\.\d{3}Z$/, 'Z');
}

/**
 * An error answered in Entra ID's OAuth shape: `{ error, error_description: "AADSTS…: …",
 * error_codes, timestamp, trace_id, correlation_id }`.
 */
export class AadError extends DevTenantError {
  override readonly name = 'AadError';
  readonly status: number;
  readonly code: string;
  readonly aadsts: number;

  constructor(status: number, error: string, aadsts: number, message: string, headers: Record<string, string> = {}) {
    super(message);
    this.status = status;
    this.code = error;
    this.aadsts = aadsts;
    this.headers = headers;
  }

  toReply(ids: ErrorIds): Reply {
    const timestamp = entraTimestamp();
    const description =
      `AADSTS${this.aadsts}: ${this.message} Trace ID: ${ids.requestId} ` +
      `Correlation ID: ${ids.clientRequestId} Timestamp: ${timestamp}`;
    const body = {
      error: this.code,
      error_description: description,
      error_codes: [this.aadsts],
      timestamp,
      trace_id: ids.requestId,
      correlation_id: ids.clientRequestId,
    };
    return jsonReply(this.status, body, { 'cache-control': 'no-store', pragma: 'no-cache', ...this.headers });
  }
}
