import { readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';

/** A response read fully. */
export type TestResponse = {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  json<T = any>(): T;
  header(name: string): string | undefined;
};

/** Request options; `ca` trusts the devtenant CA for https URLs. */
export type TestRequestOptions = { method?: string; headers?: Record<string, string>; body?: string; ca?: string };

const caCache = new Map<string, string>();

/** The PEM at a path (cached), for `ca` options. */
export function readCa(path: string): string {
  let pem = caCache.get(path);
  if (!pem) {
    pem = readFileSync(path, 'utf8');
    caCache.set(path, pem);
  }
  return pem;
}

/**
 * A tiny HTTP(S) client over node:http/https: Node 20's global fetch cannot take a custom CA
 * without undici's Agent, and redirects must stay visible (no following) to test the auth flow.
 */
export function send(url: string, options: TestRequestOptions = {}): Promise<TestResponse> {
  const target = new URL(url);
  const requester = target.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = requester(
      target,
      { method: options.method ?? 'GET', headers: options.headers, ca: options.ca, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            text,
            json: () => JSON.parse(text),
            header: (name) => {
              const v = res.headers[name.toLowerCase()];
              return Array.isArray(v) ? v[0] : v;
            },
          });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

/** application/x-www-form-urlencoded body from a record. */
export function formBody(fields: Record<string, string | undefined>): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(fields)) if (v !== undefined) params.set(k, v);
  return params.toString();
}
