import assert from "node:assert/strict";
import { authorise } from "./consent.js";
import { devtenantAdmin } from "./devtenant-admin.js";
import { apiClient } from "./sign-in.js";

type Api = ReturnType<typeof apiClient>;

/** Polls a job until it is finished or paused (or the time runs out), returning its last state. */
export async function waitForJob(api: Api, customerId: string, jobId: string, timeoutMs = 60_000): Promise<any> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { status, body } = await api.get(`/api/customers/${customerId}/jobs/${jobId}`);
    assert.equal(status, 200, JSON.stringify(body));
    if (body.finishedAt || body.status === "paused") return body;
    if (Date.now() > deadline) throw new Error(`job ${jobId} still ${body.status}/${body.step} after ${timeoutMs} ms: ${JSON.stringify(body.counts)}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** A fresh customer tenant in devtenant, saved and authorised for one of our seeded manual customers. */
export async function connectFreshTenant(serverUrl: string, devtenantUrl: string, token: string, customerId: string, userCount: number): Promise<{ tenantId: string; domain: string }> {
  const domain = `t${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}.onmicrosoft.com`;
  const created = await devtenantAdmin(devtenantUrl).createTenant({ displayName: `Test ${domain}`, domain, userCount });
  const api = apiClient(serverUrl, token);
  const saved = await api.put(`/api/customers/${customerId}/tenant`, { tenant: domain });
  assert.equal(saved.status, 200, JSON.stringify(saved.body));
  const run = await authorise(serverUrl, token, customerId, { adminUpn: `admin@${domain}` });
  assert.equal(run.outcome.ok, true, run.outcome.message);
  return { tenantId: created.tenantId, domain };
}
