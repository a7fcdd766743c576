import { ConnectorError } from '../connector/connector-error.js';
import { AadError } from './aad-error.js';
import { AdminError } from './admin-error.js';
import type { DevTenantError } from './devtenant-error.js';
import { GraphError } from './graph-error.js';
import { PageError } from './page-error.js';
import type { ErrorStyle } from './route.js';

const GRAPH_CODES: Record<number, string> = {
  400: 'BadRequest',
  404: 'Request_ResourceNotFound',
  429: 'TooManyRequests',
  500: 'generalException',
  503: 'serviceNotAvailable',
  504: 'gatewayTimeout',
};

/** An error of a given status in the shape of a route's service (used for faults and crashes). */
export function errorForStyle(style: ErrorStyle, status: number, message: string, headers: Record<string, string> = {}): DevTenantError {
  switch (style) {
    case 'graph':
      return new GraphError(status, GRAPH_CODES[status] ?? 'generalException', message, headers);
    case 'aad': {
      const transient = status === 429 || status === 503 || status === 504;
      const error = status === 400 ? 'invalid_request' : transient ? 'temporarily_unavailable' : 'server_error';
      return new AadError(status, error, transient ? 90033 : status === 400 ? 900144 : 90000, message, headers);
    }
    case 'page':
      return new PageError(status, status === 429 || status >= 503 ? 90033 : 90000, message);
    case 'admin':
      return new AdminError(status, `DEVTENANT.HTTP_${status}`, message);
    case 'connector':
      return new ConnectorError(status, undefined, message, headers);
  }
}
