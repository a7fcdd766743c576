import type { IncomingMessage } from 'node:http';
import type { DevTenantApp } from '../app-context.js';
import type { Reply } from './reply.js';

/** How a route's errors (and injected faults) are shaped: like Graph, like Entra, as a page, admin JSON, or the Bot Connector. */
export type ErrorStyle = 'graph' | 'aad' | 'page' | 'admin' | 'connector';

/** HTTP methods the router knows. */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Everything a route handler may read about its request. */
export type RequestContext = {
  app: DevTenantApp;
  req: IncomingMessage;
  method: string;
  url: URL;
  params: Readonly<Record<string, string>>;
  query: URLSearchParams;
  requestId: string;
  clientRequestId: string;
  /** "<METHOD> <route template>", the counter and fault key. */
  routeKey: string;
  header(name: string): string | undefined;
  readText(): Promise<string>;
  readForm(): Promise<URLSearchParams>;
  readJson(): Promise<unknown>;
};

/** One entry of the route table. Templates use `:name` for one path segment. */
export type Route = {
  method: HttpMethod;
  path: string;
  style: ErrorStyle;
  handle(ctx: RequestContext): Reply | Promise<Reply>;
};
