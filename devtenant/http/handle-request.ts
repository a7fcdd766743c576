import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DevTenantApp } from '../app-context.js';
import { readBodyText } from './body.js';
import type { ErrorIds } from './devtenant-error.js';
import { dispatch } from './dispatch.js';
import type { Reply } from './reply.js';
import type { Router } from './router.js';

/**
 * The socket side of the pipeline shared by both listeners: read the request, run it through
 * `dispatch` (match → latency → fault → count → handle), write the reply with the common headers.
 */
export function createRequestHandler(app: DevTenantApp, router: Router): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    void handle(app, router, req, res).catch((error: unknown) => {
      app.log.error({ err: error }, 'devtenant request failed');
      if (!res.headersSent) {
        res.writeHead(500);
        res.end();
      }
    });
  };
}

async function handle(app: DevTenantApp, router: Router, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const requestId = randomUUID();
  const ids: ErrorIds = { requestId, clientRequestId: header(req, 'client-request-id') ?? requestId };
  const reply = await dispatch(app, router, {
    method: req.method ?? 'GET',
    url: new URL(req.url ?? '/', 'http://devtenant.invalid'),
    ids,
    req,
    inner: false,
    header: (name) => header(req, name),
    readText: (options) => readBodyText(req, options?.limit),
  });
  write(res, reply, ids);
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}

function write(res: ServerResponse, reply: Reply, ids: ErrorIds): void {
  if (reply.destroySocket) {
    res.socket?.destroy();
    return;
  }
  res.writeHead(reply.status, {
    'request-id': ids.requestId,
    'client-request-id': ids.clientRequestId,
    'x-ms-request-id': ids.requestId,
    ...reply.headers,
  });
  res.end(reply.body ?? '');
}
