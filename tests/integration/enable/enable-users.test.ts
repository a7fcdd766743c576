import assert from "node:assert/strict";
import { devtenantAdmin } from "../../support/devtenant-admin.js";
import { connectFreshTenant, waitForJob } from "../../support/jobs.js";
import { apiClient, signIn, staffUpns } from "../../support/sign-in.js";
import { startProduct, type TestProduct } from "../../support/stack.js";

describe("Enable users: one by one and All, through Microsoft 365 Backup", function () {
  this.timeout(120_000);
  let product: TestProduct;
  let api: ReturnType<typeof apiClient>;
  let cloud: ReturnType<typeof devtenantAdmin>;
  let tenant: { tenantId: string };

  before(async () => {
    product = await startProduct();
    cloud = devtenantAdmin(product.infra.devtenant.url);
    await cloud.backupSettings({ protectAfterMs: 300, jobCompleteAfterMs: 200, failureRate: 0 });
    const token = await signIn(product.url, staffUpns.operator);
    api = apiClient(product.url, token);
    tenant = await connectFreshTenant(product.url, product.infra.devtenant.url, token, "contoso-dental", 2_000);
  });
  after(() => product?.close());

  it("turns on one user: the job finishes and the user shows as protected", async () => {
    const page = await api.get("/api/customers/contoso-dental/users?pageSize=5");
    const user = page.body.users[2];
    const started = await api.post("/api/customers/contoso-dental/enable", { userIds: [user.id] });
    assert.equal(started.status, 200, JSON.stringify(started.body));
    assert.equal(started.body.joined, false);
    const job = await waitForJob(api, "contoso-dental", started.body.job.id);
    assert.equal(job.status, "done", JSON.stringify(job));
    assert.deepEqual(job.counts, { total: 1, protected: 1, pending: 0, failed: 0 });
    const after = await api.get("/api/customers/contoso-dental/users?pageSize=5");
    assert.equal(after.body.users[2].backup, "protected");
    assert.equal(after.body.users[0].backup, "off");
    const summary = await cloud.backupSummary(tenant.tenantId);
    assert.equal(summary.serviceStatus.status ?? summary.serviceStatus, "enabled");
  });

  it("All protects every user of the 2,000-user tenant exactly once, with one bulk job", async () => {
    await cloud.resetCounters();
    const started = await api.post("/api/customers/contoso-dental/enable", { all: true });
    assert.equal(started.status, 200, JSON.stringify(started.body));
    const again = await api.post("/api/customers/contoso-dental/enable", { all: true });
    assert.equal(again.body.joined, true, "a second All joins the running one");
    assert.equal(again.body.job.id, started.body.job.id);
    const job = await waitForJob(api, "contoso-dental", started.body.job.id, 90_000);
    assert.equal(job.status, "done", JSON.stringify(job));
    const summary = await api.get("/api/customers/contoso-dental/protection");
    assert.equal(summary.body.protected, summary.body.totalUsers);
    assert.ok(summary.body.totalUsers >= 2_000);
    assert.equal(job.counts.total, summary.body.totalUsers - 1, "the user protected before was not a target again");
    const backup = await cloud.backupSummary(tenant.tenantId);
    const policy = backup.policies.find((p: { workload: string }) => p.workload === "exchange") ?? backup.policies[0];
    assert.equal(policy.units, summary.body.totalUsers, "one unit per user");
    assert.equal(backup.duplicateUnitAdds, 0, "nobody added twice");
    const counters = await cloud.counters();
    const bulkPosts = Object.entries(counters).filter(([k]) => k.startsWith("POST") && k.includes("mailboxProtectionUnitsBulkAdditionJobs") && !k.includes("faulted"));
    assert.equal(bulkPosts.reduce((n, [, v]) => n + Number(v), 0), 1, JSON.stringify(counters));
  });

  it("refuses bad input with clear answers and starts nothing", async () => {
    const unknown = await api.post("/api/customers/contoso-dental/enable", { userIds: ["00000000-1111-4222-8333-444444444444"] });
    assert.equal(unknown.status, 400);
    assert.equal(unknown.body.error.code, "USERS.UNKNOWN");
    const empty = await api.post("/api/customers/contoso-dental/enable", { userIds: [] });
    assert.equal(empty.status, 400);
    const junk = await api.post("/api/customers/contoso-dental/enable", { all: "yes" });
    assert.equal(junk.status, 400);
    const notAuthorised = await api.post("/api/customers/proseware/enable", { all: true });
    assert.equal(notAuthorised.status, 409);
    assert.equal(notAuthorised.body.error.code, "CUSTOMER.NOT_AUTHORISED");
    const viewer = apiClient(product.url, await signIn(product.url, staffUpns.viewer));
    const forbidden = await viewer.post("/api/customers/contoso-dental/enable", { all: true });
    assert.equal(forbidden.status, 403);
    assert.equal((await api.get("/api/customers/contoso-dental/jobs")).body.jobs.length, 2, "only the two jobs above exist");
  });

  it("keeps an audit trail: who saved, authorised and enabled, newest first", async () => {
    const { status, body } = await api.get("/api/customers/contoso-dental/audit");
    assert.equal(status, 200);
    assert.deepEqual(body.entries.map((e: { action: string }) => e.action), ["users.enable", "users.enable", "tenant.authorised", "tenant.saved"]);
    assert.ok(body.entries.every((e: { actorName: string; outcome: string }) => e.actorName === "Oscar Operator" && e.outcome === "succeeded"));
    assert.equal(body.entries[0].detail, "All users");
  });
});
