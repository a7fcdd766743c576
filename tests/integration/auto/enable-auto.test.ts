import assert from "node:assert/strict";
import { isCheckNight, nextAutoRun, runAutoSweep, type Clock } from "../../../service/index.js";
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
    assert.equal(job.status, "done", JSON.stringify(job));
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

  // The nights after the two above, in order (20:00 Sydney, whatever the season): the first two that are not the
  // customer's weekly check night, then the first check night after them.
  const laterNights = (): { trust: Date; quiet: Date; check: Date } => {
    let run = nextAutoRun(nextAutoRun(new Date()));
    const next = (pick: (at: Date) => boolean): Date => {
      do run = nextAutoRun(run);
      while (!pick(run));
      return new Date(run.getTime() + 30_000);
    };
    const trust = next((at) => !isCheckNight("contoso-dental", at));
    const quiet = next((at) => !isCheckNight("contoso-dental", at));
    return { trust, quiet, check: next((at) => isCheckNight("contoso-dental", at)) };
  };
  const unitReads = (counters: Record<string, number>) =>
    Object.entries(counters).filter(([route]) => route.includes("ProtectionUnits") && !route.includes("BulkAdditionJobs")).reduce((n, [, c]) => n + c, 0);

  it("a night other than the customer's check night reads no protection unit: the delta page and the bulk job, nothing more", async () => {
    const admin = devtenantAdmin(a.infra.devtenant.url);
    await admin.addUsers(tenantId, 3);
    await admin.resetCounters();
    assert.equal((await sweepAt(a, laterNights().trust)).customers, 1);
    const job = await waitForJob(api, "contoso-dental", (await api.get("/api/customers/contoso-dental")).body.lastAutoRunJobId);
    assert.equal(job.status, "done");
    assert.equal(job.counts.total, 3);
    assert.equal(job.counts.protected, 3, "Microsoft's completed bulk job is taken as every new user added");
    assert.equal(job.protectionCheck, null);
    const counters = await admin.counters();
    assert.equal(unitReads(counters), 0, JSON.stringify(counters));
    assert.equal(counters["POST /v1.0/solutions/backupRestore/exchangeProtectionPolicies/:id/mailboxProtectionUnitsBulkAdditionJobs"], 1);
    const summary = (await api.get("/api/customers/contoso-dental/protection")).body;
    assert.equal(summary.protected, summary.totalUsers);
  });

  it("a night without new users is done at once: one delta request, no bulk job, no wait for Microsoft", async () => {
    const admin = devtenantAdmin(a.infra.devtenant.url);
    await admin.resetCounters();
    assert.equal((await sweepAt(a, laterNights().quiet)).customers, 1);
    const job = await waitForJob(api, "contoso-dental", (await api.get("/api/customers/contoso-dental")).body.lastAutoRunJobId);
    assert.equal(job.status, "done");
    assert.deepEqual(job.counts, { total: 0, protected: 0, pending: 0, failed: 0 });
    const graph = Object.entries(await admin.counters()).filter(([route]) => route.includes("/v1.0/"));
    assert.deepEqual(graph, [["GET /v1.0/users/delta", 1]]);
  });

  it("the weekly check night reads every unit and corrects the users Microsoft no longer protects; the next All takes them up again", async () => {
    const admin = devtenantAdmin(a.infra.devtenant.url);
    await admin.backupSettings({ failureRate: 1 }); // every unit now reports `unprotected` with Microsoft's reason
    try {
      const before = (await api.get("/api/customers/contoso-dental/protection")).body;
      assert.equal(before.failed, 0);
      assert.equal((await sweepAt(a, laterNights().check)).customers, 1);
      const job = await waitForJob(api, "contoso-dental", (await api.get("/api/customers/contoso-dental")).body.lastAutoRunJobId);
      assert.equal(job.counts.total, 0, "no user was new or off");
      assert.deepEqual(job.protectionCheck, { corrected: before.totalUsers });
      const after = (await api.get("/api/customers/contoso-dental/protection")).body;
      assert.equal(after.failed, before.totalUsers);
      assert.equal(after.protected, 0);
      const failed = (await api.get("/api/customers/contoso-dental/users?status=failed&pageSize=5")).body.users;
      assert.match(failed[0].backupError, /could not be found, or Microsoft 365 Backup cannot protect it/);
    } finally {
      await admin.backupSettings({ failureRate: 0 });
    }
    // They went back on the to-do list: the next All targets every one of them, and they end protected once Microsoft says so.
    const all = await api.post("/api/customers/contoso-dental/enable", { all: true });
    const retried = await waitForJob(api, "contoso-dental", all.body.job.id);
    assert.equal(retried.counts.total, (await api.get("/api/customers/contoso-dental/protection")).body.totalUsers);
    const summary = (await api.get("/api/customers/contoso-dental/protection")).body;
    assert.equal(summary.protected, summary.totalUsers);
  });

  it("a check night with new users reads the units once: the bulk job vouches for the new users, the census corrects the rest", async () => {
    const admin = devtenantAdmin(a.infra.devtenant.url);
    await admin.addUsers(tenantId, 2);
    await admin.backupSettings({ protectAfterMs: 4_000 }); // new units stay `protectRequested` past the first polls
    try {
      let run = laterNights().check;
      do run = nextAutoRun(run);
      while (!isCheckNight("contoso-dental", run));
      await admin.resetCounters();
      assert.equal((await sweepAt(a, new Date(run.getTime() + 30_000))).customers, 1);
      const job = await waitForJob(api, "contoso-dental", (await api.get("/api/customers/contoso-dental")).body.lastAutoRunJobId);
      assert.equal(job.status, "done");
      assert.equal(job.counts.total, 2);
      assert.equal(job.counts.protected, 2, "Microsoft's completed bulk job is taken for the new users, as on other nights");
      assert.deepEqual(job.protectionCheck, { corrected: 0 });
      const counters = await admin.counters();
      // One page of units (the tenant has fewer than 1,000): read once for the census, not again while the two new
      // units are still `protectRequested`.
      assert.equal(unitReads(counters), 1, JSON.stringify(counters));
    } finally {
      await admin.backupSettings({ protectAfterMs: 300 });
    }
    const summary = (await api.get("/api/customers/contoso-dental/protection")).body;
    assert.equal(summary.protected, summary.totalUsers);
  });
});
