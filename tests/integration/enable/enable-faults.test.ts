import assert from "node:assert/strict";
import { localDefaults } from "../../../server/config/local-defaults.js";
import { devtenantAdmin } from "../../support/devtenant-admin.js";
import { connectFreshTenant, waitForJob } from "../../support/jobs.js";
import { apiClient, signIn, staffUpns } from "../../support/sign-in.js";
import { startProduct, type TestProduct } from "../../support/stack.js";

const mspA = localDefaults.mspTenantIds[0];

describe("Enable users under faults: throttling, failed mailboxes, missing billing", function () {
  this.timeout(120_000);
  let product: TestProduct;
  let token: string;
  let api: ReturnType<typeof apiClient>;
  let cloud: ReturnType<typeof devtenantAdmin>;

  beforeEach(async () => {
    product = await startProduct();
    cloud = devtenantAdmin(product.infra.devtenant.url);
    await cloud.backupSettings({ protectAfterMs: 300, jobCompleteAfterMs: 200, failureRate: 0 });
    token = await signIn(product.url, staffUpns.admin);
    api = apiClient(product.url, token);
  });
  afterEach(async () => {
    await cloud.clearFaults();
    await cloud.backupSettings({ failureRate: 0 });
    await cloud.billing(mspA, "ok");
    await product?.close();
  });

  it("completes All while 10% of Backup and Graph calls answer 429 (Retry-After) or 503", async () => {
    await connectFreshTenant(product.url, product.infra.devtenant.url, token, "contoso-dental", 300);
    await cloud.fault({ match: "GET /v1.0/solutions/backupRestore/*", status: 429, retryAfterSeconds: 1, probability: 0.1 });
    await cloud.fault({ match: "POST /v1.0/solutions/backupRestore/*", status: 503, retryAfterSeconds: 1, probability: 0.1 });
    await cloud.fault({ match: "GET /v1.0/users/*", status: 429, retryAfterSeconds: 1, probability: 0.1 });
    const started = await api.post("/api/customers/contoso-dental/enable", { all: true });
    const job = await waitForJob(api, "contoso-dental", started.body.job.id, 100_000);
    assert.equal(job.status, "done", JSON.stringify(job));
    assert.equal(job.counts.protected, job.counts.total);
  });

  it("reports failed mailboxes with Microsoft's reason, and Retry failed starts a job for just those", async () => {
    await connectFreshTenant(product.url, product.infra.devtenant.url, token, "contoso-dental", 200);
    await cloud.backupSettings({ failureRate: 0.1 });
    const started = await api.post("/api/customers/contoso-dental/enable", { all: true });
    const job = await waitForJob(api, "contoso-dental", started.body.job.id);
    assert.equal(job.status, "doneWithErrors", JSON.stringify(job.counts));
    assert.ok(job.counts.failed > 0 && job.counts.failed < job.counts.total);
    assert.equal(job.counts.protected + job.counts.failed, job.counts.total);
    assert.ok(job.failures.length > 0 && job.failures[0].message.length > 0 && job.failures[0].displayName);
    const failedOnly = await api.get(`/api/customers/contoso-dental/users?status=failed&pageSize=999`);
    assert.equal(failedOnly.body.total, job.counts.failed);
    assert.ok(failedOnly.body.users.every((u: { backup: string; backupError: string }) => u.backup === "failed" && u.backupError));
    const retry = await api.post(`/api/customers/contoso-dental/jobs/${job.id}/retry-failed`);
    assert.equal(retry.status, 200, JSON.stringify(retry.body));
    assert.equal(retry.body.job.counts.total, job.counts.failed);
  });

  it("pauses with the billing fix when the MSP has no Microsoft 365 Backup billing, and resumes after it is fixed", async () => {
    await cloud.billing(mspA, "missing");
    await connectFreshTenant(product.url, product.infra.devtenant.url, token, "contoso-dental", 30);
    const started = await api.post("/api/customers/contoso-dental/enable", { all: true });
    const paused = await waitForJob(api, "contoso-dental", started.body.job.id);
    assert.equal(paused.status, "paused");
    assert.match(paused.pausedReason, /billing/i);
    await cloud.billing(mspA, "ok");
    const resumed = await api.post(`/api/customers/contoso-dental/jobs/${paused.id}/resume`);
    assert.equal(resumed.status, 200);
    const done = await waitForJob(api, "contoso-dental", paused.id);
    assert.equal(done.status, "done");
    assert.equal(done.counts.protected, done.counts.total);
  });
});
