import { randomUUID } from 'node:crypto';
import type { Harness } from './devtenant-fixture.js';
import { SEED } from './devtenant-fixture.js';
import type { TestResponse } from './http-client.js';

/** Base path of Microsoft 365 Backup in Graph. */
export const BR = '/v1.0/solutions/backupRestore';

/** Calls Graph with a bearer token and an optional JSON body. */
export function call(h: Harness, method: string, path: string, token: string, body?: unknown): Promise<TestResponse> {
  const headers: Record<string, string> = { authorization: `Bearer ${token}` };
  if (body !== undefined) headers['content-type'] = 'application/json';
  return h.https(path.startsWith('http') ? path : path.startsWith('/v1.0') ? path : `${BR}${path}`, {
    method, headers, body: body === undefined ? undefined : JSON.stringify(body),
  });
}

/** A delegated Graph token (as an administrator's sign-in yields) minted for a tenant. */
export async function delegatedToken(h: Harness, tenantId: string, scp = 'BackupRestore-Control.ReadWrite.All User.Read'): Promise<string> {
  const claims = { aud: 'https://graph.microsoft.com', scp, oid: randomUUID(), name: 'Tenant Admin', idtyp: 'user' };
  const res = await h.admin('POST', '/mint', { tenant: tenantId, claims });
  return res.json<{ token: string }>().token;
}

/** Tokens for a customer tenant whose backup is set up to a given step. */
export type BackupTenant = { tid: string; app: string; user: string; serviceAppId?: string };

/** Consents the tenant; optionally registers + activates the app as controller and enables the service (billing: MSP A). */
export async function prepareTenant(h: Harness, tid: string, upTo: 'consent' | 'enabled' = 'enabled'): Promise<BackupTenant> {
  await h.admin('DELETE', `/backup/${tid}`);
  await h.admin('POST', `/consents/${tid}`);
  const t: BackupTenant = { tid, app: await h.appToken(tid), user: await delegatedToken(h, tid) };
  if (upTo === 'consent') return t;
  const reg = await call(h, 'POST', '/serviceApps', t.app, { application: { id: SEED.clientId } });
  t.serviceAppId = reg.json().id;
  await expectStatus(call(h, 'POST', `/serviceApps/${t.serviceAppId}/activate`, t.user, {}), 200);
  await expectStatus(call(h, 'POST', '/enable', t.app, { appOwnerTenantId: SEED.mspA }), 200);
  return t;
}

/** Awaits a response and throws with its body unless it has the status. */
export async function expectStatus(pending: Promise<TestResponse>, status: number): Promise<TestResponse> {
  const res = await pending;
  if (res.status !== status) throw new Error(`expected ${status}, got ${res.status}: ${res.text.slice(0, 500)}`);
  return res;
}

/** The first `n` user ids of a tenant, through Graph /users. */
export async function userIds(h: Harness, token: string, n: number): Promise<string[]> {
  const ids: string[] = [];
  for (let next: string | undefined = `/users?$top=999&$select=id`; next && ids.length < n; ) {
    const body: { value: { id: string }[]; '@odata.nextLink'?: string } = (await h.graph(next, token)).json();
    ids.push(...body.value.map((u) => u.id));
    next = body['@odata.nextLink'];
  }
  return ids.slice(0, n);
}

/** Every item of a paged Graph collection, and how many pages it took. */
export async function pageAll(h: Harness, token: string, first: string): Promise<{ items: any[]; pages: number }> {
  const items: any[] = [];
  let pages = 0;
  for (let next: string | undefined = first; next; pages += 1) {
    const body: { value: any[]; '@odata.nextLink'?: string } = (await expectStatus(call(h, 'GET', next, token), 200)).json();
    items.push(...body.value);
    next = body['@odata.nextLink'];
  }
  return { items, pages };
}

/** Sets backup timing and failure knobs. */
export async function backupSettings(h: Harness, settings: { protectAfterMs?: number; jobCompleteAfterMs?: number; failureRate?: number }): Promise<void> {
  await h.admin('PUT', '/backup/settings', settings);
}

/** Waits some milliseconds. */
export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
