import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { DevTenantApp } from '../app-context.js';
import { faultReply, sleep } from './apply-fault.js';
import { BodyError, parseJsonBody } from './body.js';
import { isDevTenantError, type ErrorIds } from './devtenant-error.js';
import { GraphError } from './graph-error.js';
import type { Reply } from './reply.js';
import type { ErrorStyle, InnerRequest, RequestContext } from './route.js';
import type { Router } from './router.js';
import { errorForStyle } from './style-error.js';

const ADMIN_PREFIX = '/_devtenant';

/** One request as the pipeline sees it: read from a socket, or a sub-request of a `$batch`. */
export type PipelineRequest = Omit<InnerRequest, 'readText'> & {
  ids: ErrorIds;
  /** The socket's request (for a sub-request: the batch's). */
  req: IncomingMessage;
  /** True for a `$batch` sub-request: no latency of its own (the batch had it). */
  inner: boolean;
  readText(options?: { limit?: number }): Promise<string>;
};

/**
 * The request pipeline: match → latency → fault → count → handle. Admin routes skip latency,
 * faults and counters. A `$batch` runs each sub-request through here again (ctx.dispatch).
 */
export async function dispatch(app: DevTenantApp, router: Router, request: PipelineRequest): Promise<Reply> {
  const { method, url, ids } = request;
  const match = router.match(method, url.pathname);
  if (!match) {
    app.state.counters.increment(`${method} ${url.pathname} (unmatched)`);
    return notFound(url.pathname).toReply(ids);
  }
  const { route, params } = match;
  const routeKey = `${method} ${route.path}`;
  if (!route.path.startsWith(ADMIN_PREFIX)) {
    if (!request.inner) await sleep(app.state.latency.ms);
    const fault = app.state.faults.take(routeKey);
    if (fault) {
      app.state.counters.increment(`${routeKey} (faulted)`);
      await sleep(fault.delayMs ?? 0);
      const reply = faultReply(fault, route.style, ids);
      if (reply) return reply;
    } else {
      app.state.counters.increment(routeKey);
    }
  }
  const ctx = buildContext(app, router, request, params, routeKey);
  return run(() => route.handle(ctx), route.style, ids, app);
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

function buildContext(app: DevTenantApp, router: Router, request: PipelineRequest, params: Record<string, string>, routeKey: string): RequestContext {
  let text: Promise<string> | undefined;
  const readText = (options?: { limit?: number }): Promise<string> => (text ??= request.readText(options));
  return {
    app, params, routeKey, readText,
    req: request.req,
    url: request.url,
    method: request.method,
    query: request.url.searchParams,
    requestId: request.ids.requestId,
    clientRequestId: request.ids.clientRequestId,
    inner: request.inner,
    header: (name) => request.header(name),
    readForm: async () => new URLSearchParams(await readText()),
    readJson: async () => parseJsonBody(await readText()),
    dispatch: (sub) => {
      const requestId = randomUUID();
      const ids = { requestId, clientRequestId: sub.header('client-request-id') ?? requestId };
      return dispatch(app, router, { ...sub, ids, req: request.req, inner: true, readText: () => sub.readText() });
    },
  };
}
