import assert from "node:assert/strict";
import { authorise } from "../../support/consent.js";
import { devtenantAdmin } from "../../support/devtenant-admin.js";
import { apiClient, signIn, staffUpns } from "../../support/sign-in.js";
import { startProduct, type TestProduct } from "../../support/stack.js";

const wingtip = "7e3d1c9b-5f2a-4b8e-9d6c-1a2b3c4d5e6f";
const tailspin = "5b0e2c7d-3a1f-4d6b-8e9c-0f1a2b3c4d5e";

describe("Authorise: the tenant admin consents in the popup", function () {
  this.timeout(60_000);
  let product: TestProduct;
  let token: string;
  let admin: ReturnType<typeof apiClient>;

  beforeEach(async () => {
    product = await startProduct();
    token = await signIn(product.url, staffUpns.operator);
    admin = apiClient(product.url, token);
    const cloud = devtenantAdmin(product.infra.devtenant.url);
    await Promise.all([cloud.revokeConsent(wingtip), cloud.revokeConsent(tailspin)]);
  });
  afterEach(() => product?.close());

  it("Accept by the Global Administrator connects the customer and the button becomes Enable", async () => {
    await admin.put("/api/customers/wingtip-toys/tenant", { tenant: "wingtiptoys.onmicrosoft.com" });
    const run = await authorise(product.url, token, "wingtip-toys", { adminUpn: "admin@wingtiptoys.onmicrosoft.com" });
    assert.equal(run.status, 200);
    assert.equal(run.outcome.ok, true, run.outcome.message);
    assert.equal(run.outcome.customerId, "wingtip-toys");
    assert.match(run.outcome.message, /You can close this window/);
    const customer = (await admin.get("/api/customers/wingtip-toys")).body;
    assert.equal(customer.connection, "connected");
    assert.equal(customer.tenantDisplayName, "Wingtip Toys");
    assert.equal(customer.connectedBy, "Oscar Operator");
    assert.equal(customer.lastConsentError, null);
    const consents = await devtenantAdmin(product.infra.devtenant.url).consents();
    assert.ok(JSON.stringify(consents).includes(wingtip), "devtenant recorded the tenant-wide consent");
  });

  it("a customer on file from Manage Protect starts at Authorise", async () => {
    const run = await authorise(product.url, token, "tailspin-toys", { adminUpn: "admin@tailspintoys.onmicrosoft.com" });
    assert.equal(run.outcome.ok, true, run.outcome.message);
    assert.equal((await admin.get("/api/customers/tailspin-toys")).body.connection, "connected");
  });

  it("Cancel leaves Authorise with a clear message", async () => {
    const run = await authorise(product.url, token, "tailspin-toys", { adminUpn: "admin@tailspintoys.onmicrosoft.com", decision: "cancel" });
    assert.equal(run.outcome.ok, false);
    assert.equal(run.outcome.code, "CONSENT.CANCELLED");
    const customer = (await admin.get("/api/customers/tailspin-toys")).body;
    assert.equal(customer.connection, "saved");
    assert.match(customer.lastConsentError, /cancelled/);
  });

  it("a non-admin's Accept is refused by Microsoft and explained", async () => {
    const run = await authorise(product.url, token, "tailspin-toys", { adminUpn: "megan@tailspintoys.onmicrosoft.com" });
    assert.equal(run.outcome.ok, false);
    assert.equal(run.outcome.code, "CONSENT.ADMIN_REQUIRED");
    assert.equal((await admin.get("/api/customers/tailspin-toys")).body.connection, "saved");
  });

  it("consent given in a different tenant than the saved one is refused and explained", async () => {
    const run = await authorise(product.url, token, "tailspin-toys", { adminUpn: "admin@wingtiptoys.onmicrosoft.com" });
    assert.equal(run.outcome.ok, false);
    assert.equal(run.outcome.code, "CONSENT.WRONG_TENANT");
    assert.match(run.outcome.message, /tailspintoys\.onmicrosoft\.com/);
    assert.equal((await admin.get("/api/customers/tailspin-toys")).body.connection, "saved");
  });

  it("cannot Authorise before a tenant is saved (409), nor as a viewer (403)", async () => {
    const before = await admin.post("/api/customers/proseware/consent");
    assert.equal(before.status, 409);
    assert.equal(before.body.error.code, "CUSTOMER.NO_TENANT");
    const viewer = apiClient(product.url, await signIn(product.url, staffUpns.viewer));
    const forbidden = await viewer.post("/api/customers/tailspin-toys/consent");
    assert.equal(forbidden.status, 403);
  });

  it("Enable lists the users only once the customer is authorised", async () => {
    const early = await admin.get("/api/customers/tailspin-toys/users");
    assert.equal(early.status, 409);
    assert.equal(early.body.error.code, "CUSTOMER.NOT_AUTHORISED");
  });
});
