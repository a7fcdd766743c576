import type { Customer } from "../service/index.js";
import { authorise } from "../tests/support/consent.js";
import { devtenantAdmin } from "../tests/support/devtenant-admin.js";
import { apiClient, signIn, staffUpns } from "../tests/support/sign-in.js";
import { seedSynced } from "./auto-seed.js";
import type { AutoStack } from "./auto-stack.js";
import { forEachLimited, log, pollUntil } from "./bounded.js";

/** MSP A (devtenant's seed), whose admin connects every bench customer. */
export const benchMsp = "8a0b5d3e-1f2c-4e6a-9b7d-2c4e6f8a0b1c";

/** One bench customer: our record's id and its devtenant tenant. */
export interface BenchCustomer {
  id: string;
  tenantId: string;
}

/** Staff sign-in that renews itself well before devtenant's one-hour token lifetime. */
export function staffSession(serverUrl: string): () => Promise<{ token: string; client: ReturnType<typeof apiClient> }> {
  let token: Promise<string> | null = null;
  let at = 0;
  return async () => {
    if (!token || Date.now() - at > 20 * 60_000) ((at = Date.now()), (token = signIn(serverUrl, staffUpns.admin)));
    const current = await token;
    return { token: current, client: apiClient(serverUrl, current) };
  };
}

/** How a customer becomes "already synced": the product's All, or {@link seedSynced} (what an All leaves, written directly). */
export type SetupMode = "product" | "seed";

/**
 * Brings the bench from `existing.length` to `count` customers, "already synced". The customer record is written as
 * the MSP's portal would list it (there is no API to create one); then, through the API, Save, Authorise (devtenant's
 * consent pages) and Enable Auto on; then either one All per customer (`product`: full `/users/delta`, every user
 * protected) or {@link seedSynced} (`seed`). Returns once every new customer is synced and every user protected.
 */
export async function growCustomers(stack: AutoStack, existing: BenchCustomer[], count: number, options: { users: number; mode: SetupMode; deadline: number }): Promise<BenchCustomer[]> {
  const { users, deadline } = options;
  const admin = devtenantAdmin(stack.devtenant.url);
  const api = staffSession(stack.serverUrl);
  const fresh: BenchCustomer[] = [];
  const jobs = new Map<string, string>();
  const indices = Array.from({ length: count - existing.length }, (_, i) => existing.length + i + 1);
  await forEachLimited(indices, 4, deadline, async (n) => {
    const id = `bench-${String(n).padStart(4, "0")}`;
    const domain = `bench${String(n).padStart(4, "0")}.onmicrosoft.com`;
    await stack.instance.deps.customers.createIfAbsent(benchCustomer(id));
    const { tenantId } = await admin.createTenant({ displayName: `Bench ${n}`, domain, userCount: users });
    const { token, client } = await api();
    expectOk(await client.put(`/api/customers/${id}/tenant`, { tenant: domain }), `save ${id}`);
    const run = await authorise(stack.serverUrl, token, id, { adminUpn: `admin@${domain}` });
    if (!run.outcome.ok) throw new Error(`authorise ${id}: ${run.outcome.message}`);
    expectOk(await client.put(`/api/customers/${id}/auto`, { on: true }), `auto ${id}`);
    if (options.mode === "seed") await seedSynced(stack, benchMsp, id, tenantId);
    else {
      const started = await client.post(`/api/customers/${id}/enable`, { all: true });
      expectOk(started, `all ${id}`);
      jobs.set(id, started.body.job.id);
    }
    fresh.push({ id, tenantId });
    if (fresh.length % 50 === 0) log(`connected ${existing.length + fresh.length} of ${count}`);
  });
  let told = Date.now();
  await pollUntil("every set-up All finished", async () => {
    const queued = await stack.queuedMessages();
    if (Date.now() - told > 60_000) ((told = Date.now()), log(`${queued} set-up jobs unfinished`));
    return queued === 0 ? true : undefined;
  }, {
    timeoutMs: Math.max(0, deadline - Date.now()),
    intervalMs: 1_000,
  });
  const unfinished: string[] = [];
  for (const [id, jobId] of jobs) {
    const job = await stack.instance.deps.jobs.get(benchMsp, id, jobId);
    if (job?.status !== "done" || job.counts.protected !== job.counts.total) unfinished.push(`${id}: ${job?.status ?? "missing"} ${JSON.stringify(job?.counts)}`);
  }
  if (unfinished.length > 0) throw new Error(`set-up All not done for ${unfinished.length} customers: ${unfinished.slice(0, 3).join("; ")}`);
  await pollUntil("every seeded user protected in devtenant", async () => {
    for (const c of fresh) {
      const policy = (await admin.backupSummary(c.tenantId)).policies?.[0];
      if ((policy?.byStatus?.protected ?? 0) < users) return undefined;
    }
    return true;
  }, { timeoutMs: Math.max(0, deadline - Date.now()), intervalMs: 2_000 });
  return [...existing, ...fresh.sort((a, b) => a.id.localeCompare(b.id))];
}

function benchCustomer(id: string): Customer {
  return {
    mspTenantId: benchMsp, id, name: `Bench ${id.slice(6)}`, product: "Office 365", origin: "manual",
    tenantId: null, tenantDomain: null, tenantDisplayName: null, connection: "none", connectedAt: null, connectedBy: null,
    lastConsentError: null, backupActivation: null, backupActiveFrom: null,
    autoEnable: false, autoEnabledAt: null, lastAutoRunAt: null, lastAutoRunJobId: null, activePolicyIds: {},
  };
}

function expectOk(response: { status: number; body: unknown }, what: string): void {
  if (response.status !== 200 && response.status !== 202) throw new Error(`${what}: HTTP ${response.status} ${JSON.stringify(response.body)}`);
}
