/** What a route answers; the request pipeline writes it and adds the common headers. */
export type Reply = {
  status: number;
  headers?: Record<string, string>;
  body?: string;
  /** Set by the pipeline's fault injection: drop the connection instead of answering. */
  destroySocket?: boolean;
};

/** A JSON reply. */
export function jsonReply(status: number, value: unknown, headers: Record<string, string> = {}): Reply {
  return { status, headers: { 'content-type': 'application/json; charset=utf-8', ...headers }, body: JSON.stringify(value) };
}

/** An HTML page reply. */
export function htmlReply(status: number, html: string): Reply {
  return { status, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }, body: html };
}

/** A 302 redirect. */
export function redirectReply(location: string): Reply {
  return { status: 302, headers: { location, 'cache-control': 'no-store' }, body: '' };
}

/** A reply without body (204 and friends). */
export function emptyReply(status = 204, headers: Record<string, string> = {}): Reply {
  return { status, headers, body: '' };
}

/** A plain-text reply. */
export function textReply(status: number, text: string, contentType = 'text/plain; charset=utf-8'): Reply {
  return { status, headers: { 'content-type': contentType }, body: text };
}
