import assert from "node:assert/strict";
import { nextAutoRun, runAutoSweep, type Clock } from "../../../service/index.js";
import { devtenantAdmin } from "../../support/devtenant-admin.js";
import { connectFreshTenant, waitForJob } from "../../support/jobs.js";
import { apiClient, signIn, staffUpns } from "../../support/sign-in.js";
import { startProduct, type TestProduct } from "../../support/stack.js";

describe("Enable Auto: the nightly sweep at 20:00 Sydney, once across instances", function () {
  this.timeout(120_000);
  let a: TestProduct;
  let b: TestProduct;
  let api: ReturnType<typeof apiClient>;
  let tenantId: string;

  before(async () => {
    a = await startProduct({ B365_SWEEP_TICK_SECONDS: "3600" });
    b = await startProduct({ B365_SWEEP_TICK_SECONDS: "3600", B365_TABLE_PREFIX: a.config.tablePrefix });
    await devtenantAdmin(a.infra.devtenant.url).backupSettings({ protectAfterMs: 300, jobCompleteAfterMs: 200, failureRate: 0 });
    const token = await signIn(a.url, staffUpns.operator);
    api = apiClient(a.url, token);
    ({ tenantId } = await connectFreshTenant(a.url, a.infra.devtenant.url, token, "contoso-dental", 40));
  });
  after(async () => {
    await b?.close();
    await a?.close();
  });

  const sweepAt = (product: TestProduct, at: Date) => {
    const clock: Clock = { now: () => at };
    return runAutoSweep({ ...product.services.deps, clock, leases: product.services.leases }, `holder-${product.url}`);
  };

  it("is off by default; a viewer cannot turn it on (403); an operator can, and the page shows the next run", async () => {
    assert.equal((await api.get("/api/customers/contoso-dental")).body.autoEnable, false);
    const viewer = apiClient(a.url, await signIn(a.url, staffUpns.viewer));
    assert.equal((await viewer.put("/api/customers/contoso-dental/auto", { on: true })).status, 403);
    assert.equal((await api.put("/api/customers/contoso-dental/auto", { on: "yes" })).status, 400);
    assert.equal((await api.put("/api/customers/proseware/auto", { on: true })).status, 409);
    const on = await api.put("/api/customers/contoso-dental/auto", { on: true });
    assert.equal(on.status, 200);
    assert.equal(on.body.autoEnable, true);
    assert.equal(on.body.nextAutoRunAt, nextAutoRun(new Date()).toISOString());
  });

  it("two instances sweep the same night: exactly one runs, and every user ends protected", async () => {
    const night = new Date(nextAutoRun(new Date()).getTime() + 30_000);
    const [ra, rb] = await Promise.all([sweepAt(a, night), sweepAt(b, night)]);
    assert.equal(Number(ra.ran) + Number(rb.ran), 1, JSON.stringify([ra, rb]));
    assert.equal(ra.customers + rb.customers, 1);
    assert.equal((await sweepAt(b, new Date(night.getTime() + 60_000))).ran, false, "a later tick (or a restart) the same night does nothing");
    const customer = (await api.get("/api/customers/contoso-dental")).body;
    assert.ok(customer.lastAutoRunJobId);
    const job = await waitForJob(api, "contoso-dental", customer.lastAutoRunJobId);
    assert.equal(job.status, "done");
    assert.equal(job.requestedBy, "Enable Auto");
    const summary = (await api.get("/api/customers/contoso-dental/protection")).body;
    assert.equal(summary.protected, summary.totalUsers);
  });

  it("the next night protects only the users created since (delta), catching up after downtime", async () => {
    await devtenantAdmin(a.infra.devtenant.url).addUsers(tenantId, 5);
    const missed = new Date(nextAutoRun(new Date()).getTime() + 26 * 3600_000); // the following night's run, swept late
    const result = await sweepAt(b, missed);
    assert.equal(result.ran, true);
    const customer = (await api.get("/api/customers/contoso-dental")).body;
    const job = await waitForJob(api, "contoso-dental", customer.lastAutoRunJobId);
    assert.equal(job.status, "done");
    assert.equal(job.counts.total, 5, "only the new users were targets");
    const summary = (await api.get("/api/customers/contoso-dental/protection")).body;
    assert.equal(summary.protected, summary.totalUsers);
    assert.equal(summary.off, 0);
  });
});
