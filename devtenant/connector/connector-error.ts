import { DevTenantError } from '../http/devtenant-error.js';
import { jsonReply, type Reply } from '../http/reply.js';

const CODES: Record<number, string> = {
  400: 'BadArgument',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'NotFound',
  429: 'Throttled',
  500: 'ServiceError',
  502: 'ServiceError',
  503: 'ServiceUnavailable',
  504: 'GatewayTimeout',
};

/** An error in the Bot Connector's shape: `{ error: { code, message } }`. */
export class ConnectorError extends DevTenantError {
  override readonly name = 'ConnectorError';
  readonly status: number;
  readonly code: string;

  constructor(status: number, code: string | undefined, message: string, headers: Record<string, string> = {}) {
    super(message);
    this.status = status;
    this.code = code ?? CODES[status] ?? 'ServiceError';
    this.headers = headers;
  }

  toReply(): Reply {
    return jsonReply(this.status, { error: { code: this.code, message: this.message } }, this.headers);
  }
}
