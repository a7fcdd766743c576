import assert from "node:assert/strict";
import { DEFAULT_BACKUP_SETTINGS } from "../../../devtenant/backup/backup-state.js";
import { authorise } from "../../support/consent.js";
import { devtenantAdmin } from "../../support/devtenant-admin.js";
import { connectFreshTenant, waitForJob } from "../../support/jobs.js";
import { apiClient, signIn, staffUpns } from "../../support/sign-in.js";
import { startProduct, type TestProduct } from "../../support/stack.js";
import { callRoute, mountedRoutes } from "./support/route-table.js";
import { assertNothingWritten, storageSnapshot } from "./support/storage-snapshot.js";

const customerRoutes = mountedRoutes().filter((r) => r.path.startsWith("/api/customers/:id"));
const adventureWorks = "2f6a8c0e-4b1d-4e3f-a5c7-3c4d5e6f7081";

/** Two MSPs on the one multi-tenant app (devtenant seeds Northwind = A and Fabrikam = B), each with a connected customer. */
describe("Tenant isolation: staff of one MSP can neither see nor change another MSP's customers", function () {
  this.timeout(60_000);
  let product: TestProduct;
  let ada: string;
  let frank: string;
  let jobOfA: string;

  before(async () => {
    product = await startProduct();
    const cloud = devtenantAdmin(product.infra.devtenant.url);
    await cloud.backupSettings({ protectAfterMs: 100, jobCompleteAfterMs: 100, failureRate: 0 });
    [ada, frank] = [await signIn(product.url, staffUpns.admin), await signIn(product.url, staffUpns.otherMspAdmin)];
    await cloud.revokeConsent(adventureWorks);
    const connected = await authorise(product.url, frank, "adventure-works", { adminUpn: "admin@adventureworks.onmicrosoft.com" });
    assert.equal(connected.outcome.ok, true, connected.outcome.message);
    await connectFreshTenant(product.url, product.infra.devtenant.url, ada, "proseware", 3);
    const api = apiClient(product.url, ada);
    const started = await api.post("/api/customers/proseware/enable", { all: true });
    assert.equal(started.status, 200, JSON.stringify(started.body));
    jobOfA = started.body.job.id;
    await waitForJob(api, "proseware", jobOfA);
  });
  after(async () => {
    const cloud = devtenantAdmin(product.infra.devtenant.url);
    await Promise.all([cloud.revokeConsent(adventureWorks), cloud.backupSettings({ ...DEFAULT_BACKUP_SETTINGS })]);
    await product?.close();
  });

  it("each MSP's customer list holds only its own customers", async () => {
    const ids = async (token: string) => ((await apiClient(product.url, token).get("/api/customers")).body.customers as Array<{ id: string }>).map((c) => c.id);
    const [ofA, ofB] = [await ids(ada), await ids(frank)];
    assert.ok(ofA.includes("proseware") && !ofA.includes("adventure-works"), ofA.join());
    assert.deepEqual(ofB, ["adventure-works"]);
  });

  for (const route of customerRoutes) {
    it(`${route.key} answers 404 (not 403) to the other MSP and writes nothing`, async () => {
      const attempts = [
        { who: "MSP A's admin on MSP B's customer", token: ada, params: { id: "adventure-works", jobId: jobOfA } },
        { who: "MSP B's admin on MSP A's customer", token: frank, params: { id: "proseware", jobId: jobOfA } },
        ...(route.path.includes(":jobId") ? [{ who: "MSP B's admin with MSP A's job under its own customer", token: frank, params: { id: "adventure-works", jobId: jobOfA } }] : []),
      ];
      const before = await storageSnapshot(product);
      const wrong: string[] = [];
      for (const { who, token, params } of attempts) {
        const { status, text } = await callRoute(product.url, route, `Bearer ${token}`, { params });
        if (status !== 404) wrong.push(`${who}: ${status} ${text.slice(0, 200)}`);
        if (/proseware|adventure|northwind|fabrikam/i.test(text) && status === 404) wrong.push(`${who}: the 404 names something: ${text.slice(0, 200)}`);
      }
      assert.deepEqual(wrong, []);
      assertNothingWritten(before, await storageSnapshot(product), route.key);
    });
  }

  it("the control: each MSP's own admin reaches its own customer on the same routes", async () => {
    const own = await callRoute(product.url, customerRoutes.find((r) => r.key === "GET /api/customers/:id/jobs/:jobId")!, `Bearer ${ada}`, { params: { id: "proseware", jobId: jobOfA } });
    assert.equal(own.status, 200, own.text);
    const theirs = await apiClient(product.url, frank).get("/api/customers/adventure-works");
    assert.equal(theirs.body.connection, "connected");
  });
});
