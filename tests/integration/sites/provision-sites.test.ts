import assert from "node:assert/strict";
import { devtenantAdmin } from "../../support/devtenant-admin.js";
import { connectFreshTenant, waitForJob } from "../../support/jobs.js";
import { apiClient, signIn, staffUpns } from "../../support/sign-in.js";
import { startProduct, type TestProduct } from "../../support/stack.js";

const sendMail = "POST /v1.0/users/:id/sendMail";

describe("SharePoint / OneDrive: Provision with reporting options, progress and report emails", function () {
  this.timeout(180_000);
  let product: TestProduct;
  let api: ReturnType<typeof apiClient>;
  let viewer: ReturnType<typeof apiClient>;
  let cloud: ReturnType<typeof devtenantAdmin>;
  let tenant: { tenantId: string; domain: string };
  const to = (tag: string) => [`reports+${tag}@contoso-dental.example`, `noc+${tag}@northwindmsp.example`];

  before(async () => {
    product = await startProduct({ B365_REPORT_MIN_INTERVAL_SECONDS: "0", B365_REPORT_TICK_SECONDS: "0.5", B365_REPORT_RETRY_SECONDS: "0.5" });
    cloud = devtenantAdmin(product.infra.devtenant.url);
    await cloud.backupSettings({ protectAfterMs: 300, jobCompleteAfterMs: 200, failureRate: 0 });
    const token = await signIn(product.url, staffUpns.operator);
    api = apiClient(product.url, token);
    viewer = apiClient(product.url, await signIn(product.url, staffUpns.viewer));
    tenant = await connectFreshTenant(product.url, product.infra.devtenant.url, token, "contoso-dental", 2_000);
  });
  after(async () => {
    await cloud?.clearFaults();
    await product?.close();
  });

  it("refuses bad input, before Authorise and for a viewer, and records nothing", async () => {
    const bad = [
      [{ reports: ["progress"], cadence: "eachChange", emails: ["not-an-email"] }, "emails", /"not-an-email" — Enter a valid email address/],
      [{ reports: ["progress"], cadence: "eachChange", emails: [] }, "emails", /at least one email/],
      [{ reports: [], cadence: "eachChange", emails: ["a@b.example"] }, "reports", /at least one report/],
      [{ reports: ["progress"], cadence: "hourly", emails: ["a@b.example"] }, "cadence", /cadence/],
      [{ reports: ["progress"], cadence: "daily", emails: ["a@b.example", "A@b.example"] }, "emails", /Each address once/],
    ] as const;
    for (const [body, field, message] of bad) {
      const answer = await api.post("/api/customers/contoso-dental/sharepoint/provision", body);
      assert.equal(answer.status, 400, JSON.stringify(answer.body));
      assert.equal(answer.body.error.field, field);
      assert.match(answer.body.error.message, message);
    }
    const good = { reports: ["progress"], cadence: "eachChange", emails: ["a@b.example"] };
    assert.equal((await viewer.post("/api/customers/contoso-dental/sharepoint/provision", good)).status, 403);
    const early = await api.post("/api/customers/proseware/sharepoint/provision", good);
    assert.equal(early.status, 409);
    assert.match(early.body.error.message, /Authorise Proseware first/);
    const status = await api.get("/api/customers/contoso-dental/sharepoint");
    assert.deepEqual(status.body, { job: null, lastOptions: null }, "nothing recorded");
  });

  it("protects every site and every OneDrive of the 2,000-user tenant once, a second Provision joins, and reports arrive by email", async () => {
    await cloud.resetCounters();
    const options = { reports: ["progress", "completion"], cadence: "eachChange", emails: to("run") };
    const started = await api.post("/api/customers/contoso-dental/sharepoint/provision", options);
    assert.equal(started.status, 200, JSON.stringify(started.body));
    assert.deepEqual([started.body.joined, started.body.job.kind, started.body.job.status], [false, "provisionSites", "queued"]);
    const again = await api.post("/api/customers/contoso-dental/sharepoint/provision", { ...options, emails: ["other@b.example"] });
    assert.deepEqual([again.body.joined, again.body.job.id], [true, started.body.job.id]);

    const job = await waitForJob(api, "contoso-dental", started.body.job.id, 150_000);
    assert.equal(job.status, "done", JSON.stringify(job));
    const backup = await cloud.backupSummary(tenant.tenantId);
    const units = Object.fromEntries(backup.policies.map((p: any) => [p.workload, p.units]));
    assert.equal(job.workloads.sharePoint.total, 200, "2,000 users → 200 generated sites");
    assert.ok(job.workloads.oneDriveForBusiness.total > 1000 && job.workloads.oneDriveForBusiness.total < 2000, "licensed users have a OneDrive");
    assert.deepEqual([units.sharePoint, units.oneDriveForBusiness], [job.workloads.sharePoint.total, job.workloads.oneDriveForBusiness.total], "each once");
    assert.deepEqual(job.counts, { total: units.sharePoint + units.oneDriveForBusiness, protected: units.sharePoint + units.oneDriveForBusiness, pending: 0, failed: 0 });
    const counters = await cloud.counters();
    assert.equal(counters["POST /v1.0/solutions/backupRestore/sharePointProtectionPolicies/:id/siteProtectionUnitsBulkAdditionJobs"], 1);
    assert.equal(counters["POST /v1.0/solutions/backupRestore/oneDriveForBusinessProtectionPolicies/:id/driveProtectionUnitsBulkAdditionJobs"], 1);

    const mail = await waitForMail(cloud, to("run")[0]!, (m) => m.some((x) => /Provisioning complete/.test(x.subject)));
    const subjects = mail.map((m) => m.subject).reverse();
    assert.match(subjects[0]!, /Contoso Dental · SharePoint \/ OneDrive: Provisioning in progress/);
    const done = mail.find((m) => /Provisioning complete/.test(m.subject));
    assert.deepEqual(done.to.map((a: any) => a.address).sort(), [...to("run")].sort());
    assert.equal(done.from.address.toLowerCase(), staffUpns.operator, "sent from the mailbox of the operator who pressed Provision");
    assert.equal(done.format, "mime", "HTML with its plain-text alternative");
    assert.match(done.html, new RegExp(`SharePoint sites found</td><td[^>]*>${job.workloads.sharePoint.total}<`));
    assert.match(done.text, new RegExp(`OneDrive drives found\\s+${job.workloads.oneDriveForBusiness.total}`));
    const panel = await api.get("/api/customers/contoso-dental/sharepoint");
    assert.equal(panel.body.job.id, job.id);
    assert.deepEqual(panel.body.lastOptions, options);
    assert.ok(panel.body.job.reports.sent >= 2, JSON.stringify(panel.body.job.reports));
  });

  it("keeps provisioning while sendMail fails, shows the failure, and sends the report once the mail service is back", async () => {
    await cloud.fault({ match: sendMail, status: 503, retryAfterSeconds: 0 });
    const started = await api.post("/api/customers/contoso-dental/sharepoint/provision", { reports: ["completion"], cadence: "onCompletion", emails: to("retry") });
    const job = await waitForJob(api, "contoso-dental", started.body.job.id, 120_000);
    assert.equal(job.status, "done", "a failing mail service never blocks provisioning");
    const failing = await eventually(async () => {
      const panel = (await api.get("/api/customers/contoso-dental/sharepoint")).body;
      return panel.job.reports.failed > 0 ? panel.job.reports : null;
    });
    assert.match(failing.lastError, /Microsoft Graph is busy or unavailable/);
    assert.equal((await cloud.mail({ to: to("retry")[0]! })).total, 0);
    await cloud.clearFaults();
    const mail = await waitForMail(cloud, to("retry")[0]!, (m) => m.length > 0);
    assert.deepEqual(mail.map((m) => m.subject), ["Backup365 · Contoso Dental · SharePoint / OneDrive: Provisioning complete"]);
    const panel = await eventually(async () => ((await api.get("/api/customers/contoso-dental/sharepoint")).body.job.reports.sent === 1 ? true : null));
    assert.equal(panel, true);
  });
});

async function eventually<T>(read: () => Promise<T | null>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error("condition not reached in time");
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function waitForMail(cloud: ReturnType<typeof devtenantAdmin>, to: string, done: (messages: any[]) => boolean): Promise<any[]> {
  return eventually(async () => {
    const { messages } = await cloud.mail({ to });
    return done(messages) ? messages : null;
  });
}
