import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDevTenant, type DevTenant } from '../../../../devtenant/start.js';
import { formBody, readCa, send, type TestRequestOptions, type TestResponse } from './http-client.js';

/** Seed constants the tests use (mirroring devtenant/seed, written out on purpose). */
export const SEED = {
  clientId: '6f1c2b3a-0d4e-4f5a-9b8c-7d6e5f4a3b21',
  clientSecret: 'devtenant-local-secret-do-not-use-in-cloud',
  mspA: '8a0b5d3e-1f2c-4e6a-9b7d-2c4e6f8a0b1c',
  mspB: '3c9e7a51-6b2d-4f80-a1c3-5e7d9f1b3a25',
  tailspin: '5b0e2c7d-3a1f-4d6b-8e9c-0f1a2b3c4d5e',
  wingtip: '7e3d1c9b-5f2a-4b8e-9d6c-1a2b3c4d5e6f',
  litware: '9c4b2a1d-7e3f-4a5b-8c6d-2b3c4d5e6f70',
  adventure: '2f6a8c0e-4b1d-4e3f-a5c7-3c4d5e6f7081',
} as const;

let caDir: string | undefined;

/** One CA directory per mocha process, so each suite's devtenant shares a CA. */
export function testCaDir(): string {
  caDir ??= mkdtempSync(join(tmpdir(), 'devtenant-ca-'));
  return caDir;
}

/** A devtenant on random ports plus helpers that trust its CA. */
export type Harness = {
  dt: DevTenant;
  ca: string;
  https(path: string, options?: TestRequestOptions): Promise<TestResponse>;
  admin(method: string, path: string, body?: unknown): Promise<TestResponse>;
  appToken(tenantId: string): Promise<string>;
  graph(path: string, token: string, headers?: Record<string, string>): Promise<TestResponse>;
};

/** Starts devtenant in-process for one suite. */
export async function startHarness(): Promise<Harness> {
  const dt = await startDevTenant({ caDir: testCaDir() });
  const ca = readCa(dt.caCertPath);
  const https = (path: string, options: TestRequestOptions = {}): Promise<TestResponse> =>
    send(path.startsWith('http') ? path : `${dt.url}${path}`, { ...options, ca });
  const admin = (method: string, path: string, body?: unknown): Promise<TestResponse> =>
    https(`/_devtenant${path}`, { method, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
  const appToken = async (tenantId: string): Promise<string> => {
    const res = await https(`/${tenantId}/oauth2/v2.0/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: formBody({ grant_type: 'client_credentials', client_id: SEED.clientId, client_secret: SEED.clientSecret, scope: 'https://graph.microsoft.com/.default' }),
    });
    if (res.status !== 200) throw new Error(`token failed: ${res.status} ${res.text}`);
    return res.json<{ access_token: string }>().access_token;
  };
  const graph = (path: string, token: string, headers: Record<string, string> = {}): Promise<TestResponse> =>
    https(path.startsWith('http') ? path : `/v1.0${path}`, { headers: { authorization: `Bearer ${token}`, ...headers } });
  return { dt, ca, https, admin, appToken, graph };
}

/** Decodes a JWT payload without verifying it (tests check claims). */
export function jwtClaims(token: string): Record<string, any> {
  return JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8'));
}
