import assert from "node:assert/strict";
import { authorise } from "../../support/consent.js";
import { devtenantAdmin } from "../../support/devtenant-admin.js";
import { connectFreshTenant, waitForJob } from "../../support/jobs.js";
import { apiClient, signIn, staffUpns } from "../../support/sign-in.js";
import { startProduct, type TestProduct } from "../../support/stack.js";

const setupReads = ["GET /v1.0/solutions/backupRestore", "GET /v1.0/solutions/backupRestore/exchangeProtectionPolicies"];
const unitReads = "GET /v1.0/solutions/backupRestore/exchangeProtectionPolicies/:id/mailboxProtectionUnits";

describe("Enable: the second job reuses the Backup set-up the first one made", function () {
  this.timeout(120_000);
  let product: TestProduct;
  let api: ReturnType<typeof apiClient>;
  let cloud: ReturnType<typeof devtenantAdmin>;
  let tenant: { tenantId: string; domain: string };
  let token: string;
  let users: Array<{ id: string; backup: string }>;

  before(async () => {
    product = await startProduct();
    cloud = devtenantAdmin(product.infra.devtenant.url);
    await cloud.backupSettings({ protectAfterMs: 300, jobCompleteAfterMs: 200, failureRate: 0 });
    token = await signIn(product.url, staffUpns.operator);
    api = apiClient(product.url, token);
    tenant = await connectFreshTenant(product.url, product.infra.devtenant.url, token, "contoso-dental", 50);
    users = (await api.get("/api/customers/contoso-dental/users?pageSize=10")).body.users;
  });
  after(() => product?.close());

  const enable = async (userId: string) => {
    const started = await api.post("/api/customers/contoso-dental/enable", { userIds: [userId] });
    assert.equal(started.status, 200, JSON.stringify(started.body));
    return waitForJob(api, "contoso-dental", started.body.job.id);
  };

  it("a later job skips the service and policy reads once a job has set Backup up", async () => {
    assert.equal((await enable(users[0]!.id)).status, "done");
    await cloud.resetCounters();
    const job = await enable(users[1]!.id);
    assert.equal(job.status, "done", JSON.stringify(job));
    const counters = await cloud.counters();
    for (const route of setupReads) assert.equal(counters[route] ?? 0, 0, `${route}: ${JSON.stringify(counters)}`);
    const backup = await cloud.backupSummary(tenant.tenantId);
    assert.equal(backup.policies.length, 1, "still the one Exchange policy");
  });

  it("when Microsoft has lost the remembered policy, the job sets Backup up again and finishes", async () => {
    await cloud.resetBackup(tenant.tenantId); // service, controller and policy gone; the admin Authorises again
    const again = await authorise(product.url, token, "contoso-dental", { adminUpn: `admin@${tenant.domain}` });
    assert.equal(again.outcome.ok, true, again.outcome.message);
    const job = await enable(users[2]!.id);
    assert.equal(job.status, "done", JSON.stringify(job));
    assert.deepEqual(job.counts, { total: 1, protected: 1, pending: 0, failed: 0 });
    const backup = await cloud.backupSummary(tenant.tenantId);
    assert.equal(backup.policies.length, 1, "a new policy, one");
    assert.equal(backup.duplicateUnitAdds, 0);
  });

  it("All over users still off does not read the policy's units before submitting", async () => {
    // Bulk jobs complete and units are protected at once, so tracking needs exactly one bulk-job read and one units
    // page (the tenant has 50 users): a units read before the POST would make it two.
    await cloud.backupSettings({ protectAfterMs: 0, jobCompleteAfterMs: 0, failureRate: 0 });
    try {
      await cloud.resetCounters();
      const started = await api.post("/api/customers/contoso-dental/enable", { all: true });
      const job = await waitForJob(api, "contoso-dental", started.body.job.id);
      assert.equal(job.status, "done", JSON.stringify(job));
      const counters = await cloud.counters();
      assert.equal(counters["GET /v1.0/solutions/backupRestore/exchangeProtectionPolicies/:id/mailboxProtectionUnitsBulkAdditionJobs/:jobId"], 1, JSON.stringify(counters));
      assert.equal(counters[unitReads], 1, JSON.stringify(counters));
      const summary = await api.get("/api/customers/contoso-dental/protection");
      assert.equal(summary.body.protected, summary.body.totalUsers);
      assert.equal((await cloud.backupSummary(tenant.tenantId)).duplicateUnitAdds, 0, "nobody added twice");
    } finally {
      await cloud.backupSettings({ protectAfterMs: 300, jobCompleteAfterMs: 200, failureRate: 0 });
    }
  });
});
