import type { IncomingMessage } from 'node:http';
import type { DevTenantApp } from '../app-context.js';
import type { Reply } from './reply.js';

/** How a route's errors (and injected faults) are shaped: like Graph, like Entra, as a page, admin JSON, or the Bot Connector. */
export type ErrorStyle = 'graph' | 'aad' | 'page' | 'admin' | 'connector';

/** HTTP methods the router knows. */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** A request run inside another one (a `$batch` sub-request), through the same pipeline. */
export type InnerRequest = {
  method: string;
  url: URL;
  header(name: string): string | undefined;
  readText(): Promise<string>;
};

/** Everything a route handler may read about its request. */
export type RequestContext = {
  app: DevTenantApp;
  /** The socket's request (for a `$batch` sub-request: the batch's); prefer `header` and `readText`. */
  req: IncomingMessage;
  method: string;
  url: URL;
  params: Readonly<Record<string, string>>;
  query: URLSearchParams;
  requestId: string;
  clientRequestId: string;
  /** "<METHOD> <route template>", the counter and fault key. */
  routeKey: string;
  /** True for a `$batch` sub-request. */
  inner: boolean;
  header(name: string): string | undefined;
  /** The body as UTF-8 text; `limit` in bytes (default 1 MB) applies to the first read. */
  readText(options?: { limit?: number }): Promise<string>;
  readForm(): Promise<URLSearchParams>;
  readJson(): Promise<unknown>;
  /** Runs a sub-request through the whole pipeline (routing, faults, counters, auth): `$batch`. */
  dispatch(request: InnerRequest): Promise<Reply>;
};

/** One entry of the route table. Templates use `:name` for one path segment. */
export type Route = {
  method: HttpMethod;
  path: string;
  style: ErrorStyle;
  handle(ctx: RequestContext): Reply | Promise<Reply>;
};
