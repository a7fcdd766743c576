import type { DevTenantApp } from '../app-context.js';
import { jsonReply, type Reply } from '../http/reply.js';

/** Graph's JSON content type (OData minimal metadata). */
export const ODATA_JSON = 'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8';

/** The `@odata.context` URL for a metadata fragment such as `users(displayName,id)`. */
export function odataContext(app: DevTenantApp, fragment: string): string {
  return `${app.url}/v1.0/$metadata#${fragment}`;
}

/** A Graph JSON reply with `@odata.context` first. */
export function graphReply(app: DevTenantApp, fragment: string, body: Record<string, unknown>, headers: Record<string, string> = {}): Reply {
  return jsonReply(200, { '@odata.context': odataContext(app, fragment), ...body }, { 'content-type': ODATA_JSON, ...headers });
}

/** A query string as Graph writes its links: `$` and `,` stay literal, the rest is percent-encoded. */
export function graphQueryString(entries: Iterable<[string, string]>): string {
  const encode = (s: string): string => encodeURIComponent(s).replace(/%24/g, '$').replace(/%2C/gi, ',');
  return [...entries].map(([k, v]) => `${encode(k)}=${encode(v)}`).join('&');
}
