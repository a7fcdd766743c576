import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DevTenantApp } from '../app-context.js';
import { faultReply, sleep } from './apply-fault.js';
import { BodyError, parseJsonBody, readBodyText } from './body.js';
import { isDevTenantError, type ErrorIds } from './devtenant-error.js';
import { GraphError } from './graph-error.js';
import type { Reply } from './reply.js';
import type { ErrorStyle, RequestContext } from './route.js';
import type { Router } from './router.js';
import { errorForStyle } from './style-error.js';

const ADMIN_PREFIX = '/_devtenant';

/**
 * The request pipeline shared by both listeners: match → latency → fault → count → handle → write.
 * Admin routes skip latency, faults and counters.
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
  const method = req.method ?? 'GET';
  const url = new URL(req.url ?? '/', 'http://devtenant.invalid');
  const requestId = randomUUID();
  const ids: ErrorIds = { requestId, clientRequestId: header(req, 'client-request-id') ?? requestId };
  const match = router.match(method, url.pathname);
  if (!match) {
    app.state.counters.increment(`${method} ${url.pathname} (unmatched)`);
    return write(res, notFound(url.pathname).toReply(ids), ids);
  }
  const { route, params } = match;
  const routeKey = `${method} ${route.path}`;
  if (!route.path.startsWith(ADMIN_PREFIX)) {
    await sleep(app.state.latency.ms);
    const fault = app.state.faults.take(routeKey);
    if (fault) {
      app.state.counters.increment(`${routeKey} (faulted)`);
      await sleep(fault.delayMs ?? 0);
      const reply = faultReply(fault, route.style, ids);
      if (reply) return write(res, reply, ids);
    } else {
      app.state.counters.increment(routeKey);
    }
  }
  const ctx = buildContext(app, req, url, params, routeKey, ids);
  write(res, await run(() => route.handle(ctx), route.style, ids, app), ids);
}

async function run(handler: () => Reply | Promise<Reply>, style: ErrorStyle, ids: ErrorIds, app: DevTenantApp): Promise<Reply> {
  try {
    return await handler();
  } catch (error) {
    if (isDevTenantError(error)) return error.toReply(ids);
    if (error instanceof BodyError) return errorForStyle(style, 400, error.message).toReply(ids);
    app.log.error({ err: error }, 'devtenant handler crashed');
    return errorForStyle(style, 500, 'devtenant crashed handling this request; see its log.').toReply(ids);
  }
}

function notFound(pathname: string): GraphError {
  const segment = pathname.split('/').filter(Boolean).pop() ?? '';
  return new GraphError(400, 'BadRequest', `Resource not found for the segment '${segment}'.`);
}

function buildContext(app: DevTenantApp, req: IncomingMessage, url: URL, params: Record<string, string>, routeKey: string, ids: ErrorIds): RequestContext {
  let text: Promise<string> | undefined;
  const readText = (): Promise<string> => (text ??= readBodyText(req));
  return {
    app, req, url, params, routeKey,
    method: req.method ?? 'GET',
    query: url.searchParams,
    requestId: ids.requestId,
    clientRequestId: ids.clientRequestId,
    header: (name) => header(req, name),
    readText,
    readForm: async () => new URLSearchParams(await readText()),
    readJson: async () => parseJsonBody(await readText()),
  };
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
