import { randomUUID } from 'node:crypto';
import { authenticateGraph } from '../graph/auth-guard.js';
import { GraphError } from '../http/graph-error.js';
import { jsonReply, type Reply } from '../http/reply.js';
import type { RequestContext, Route } from '../http/route.js';
import { parseBatchPayload, type BatchItem } from './batch-payload.js';

/** One answer inside `{ responses: [...] }`. */
export type BatchResponse = { id: string; status: number; headers: Record<string, string>; body?: unknown };

/** Twenty sendMail MIME bodies fit comfortably. */
const BATCH_BODY_LIMIT = 8 * 1024 * 1024;

function canonicalHeaders(headers: Record<string, string> = {}): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    out[name.split('-').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('-')] = value;
  }
  return out;
}

function errorResponse(id: string, status: number, code: string, message: string): BatchResponse {
  const requestId = randomUUID();
  return toResponse(id, new GraphError(status, code, message).toReply({ requestId, clientRequestId: requestId }));
}

function toResponse(id: string, reply: Reply): BatchResponse {
  if (reply.destroySocket) return errorResponse(id, 504, 'gatewayTimeout', 'The sub-request was dropped (a devtenant reset fault).');
  const contentType = reply.headers?.['content-type'] ?? '';
  const response: BatchResponse = { id, status: reply.status, headers: canonicalHeaders(reply.headers) };
  if (reply.body) response.body = contentType.includes('json') ? (JSON.parse(reply.body) as unknown) : reply.body;
  return response;
}

/** A sub-request URL is relative to the version (`/users/x/drive` or `users/x/drive`); it must stay under /v1.0/. */
function subUrl(raw: string): URL | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(raw)) return undefined;
  const url = new URL(`/v1.0${raw.startsWith('/') ? raw : `/${raw}`}`, 'http://devtenant.invalid');
  return url.pathname.startsWith('/v1.0/') && url.pathname !== '/v1.0/$batch' ? url : undefined;
}

async function runItem(ctx: RequestContext, item: BatchItem, done: Map<string, Promise<BatchResponse>>): Promise<BatchResponse> {
  for (const dep of item.dependsOn) {
    const before = await done.get(dep);
    if (before && before.status >= 400) return errorResponse(item.id, 424, 'FailedDependency', `Request '${dep}' that this request depends on failed.`);
  }
  const url = subUrl(item.url);
  if (!url) return errorResponse(item.id, 400, 'BadRequest', `Invalid request URL '${item.url}': give a path relative to /v1.0, such as /users/{id}/drive.`);
  const reply = await ctx.dispatch({
    method: item.method,
    url,
    header: (name) => (name.toLowerCase() === 'authorization' ? ctx.header('authorization') : item.headers[name.toLowerCase()]),
    readText: async () => item.body ?? '',
  });
  return toResponse(item.id, reply);
}

/**
 * POST /v1.0/$batch: JSON batching. Each sub-request runs through the same pipeline as a request
 * of its own (routing, the batch's bearer token, its own counter and fault key), so one may be
 * throttled (429 with Retry-After in its headers) while the batch answers 200. `dependsOn` orders
 * requests; a failed dependency gives 424.
 */
async function batch(ctx: RequestContext): Promise<Reply> {
  await authenticateGraph(ctx);
  if (ctx.inner) throw new GraphError(400, 'BadRequest', 'A batch request cannot contain another batch.');
  const text = await ctx.readText({ limit: BATCH_BODY_LIMIT });
  let payload: unknown;
  try {
    payload = JSON.parse(text);
  } catch {
    throw new GraphError(400, 'BadRequest', 'Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.');
  }
  const items = parseBatchPayload(payload);
  const done = new Map<string, Promise<BatchResponse>>();
  for (const item of items) done.set(item.id, runItem(ctx, item, done));
  const responses = await Promise.all(done.values());
  return jsonReply(200, { responses });
}

/** JSON batching. */
export const batchRoutes: Route[] = [{ method: 'POST', path: '/v1.0/$batch', style: 'graph', handle: batch }];
