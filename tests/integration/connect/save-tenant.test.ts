import assert from "node:assert/strict";
import { apiClient, signIn, staffUpns } from "../../support/sign-in.js";
import { startProduct, type TestProduct } from "../../support/stack.js";

describe("Save: entering a customer's Office 365 tenant", function () {
  this.timeout(60_000);
  let product: TestProduct;
  let admin: ReturnType<typeof apiClient>;
  let viewer: ReturnType<typeof apiClient>;

  before(async () => {
    product = await startProduct();
    admin = apiClient(product.url, await signIn(product.url, staffUpns.admin));
    viewer = apiClient(product.url, await signIn(product.url, staffUpns.viewer));
  });
  after(() => product?.close());

  it("lists the MSP's customers with product and whether the tenant is on file", async () => {
    const { status, body } = await admin.get("/api/customers");
    assert.equal(status, 200);
    const byId = Object.fromEntries(body.customers.map((c: { id: string }) => [c.id, c]));
    assert.deepEqual(Object.keys(byId).sort(), ["contoso-dental", "litware", "proseware", "tailspin-toys", "wingtip-toys"]);
    assert.equal(byId["tailspin-toys"].origin, "manageProtect");
    assert.equal(byId["tailspin-toys"].connection, "saved");
    assert.equal(byId["tailspin-toys"].tenantId, "5b0e2c7d-3a1f-4d6b-8e9c-0f1a2b3c4d5e");
    assert.equal(byId["wingtip-toys"].product, "Business365");
    assert.equal(byId["wingtip-toys"].connection, "none");
    assert.equal(byId["litware"].product, "MPexchange");
  });

  it("says who is signed in and with which role", async () => {
    assert.deepEqual((await admin.get("/api/me")).body.role, "admin");
    assert.deepEqual((await viewer.get("/api/me")).body.role, "viewer");
  });

  it("resolves a domain to the tenant GUID and saves it", async () => {
    const { status, body } = await admin.put("/api/customers/wingtip-toys/tenant", { tenant: "WingtipToys.onmicrosoft.com" });
    assert.equal(status, 200, JSON.stringify(body));
    assert.equal(body.tenantId, "7e3d1c9b-5f2a-4b8e-9d6c-1a2b3c4d5e6f");
    assert.equal(body.tenantDomain, "wingtiptoys.onmicrosoft.com");
    assert.equal(body.connection, "saved");
    assert.equal((await admin.get("/api/customers/wingtip-toys")).body.connection, "saved");
  });

  it("accepts a tenant GUID after checking the tenant exists", async () => {
    const { status, body } = await admin.put("/api/customers/litware/tenant", { tenant: "9C4B2A1D-7E3F-4A5B-8C6D-2B3C4D5E6F70" });
    assert.equal(status, 200, JSON.stringify(body));
    assert.equal(body.tenantId, "9c4b2a1d-7e3f-4a5b-8c6d-2b3c4d5e6f70");
    assert.equal(body.tenantDomain, null);
  });

  const rejected: Array<[string, unknown, string]> = [
    ["a malformed value", { tenant: "not a tenant" }, "TENANT.INVALID"],
    ["an unknown domain", { tenant: "nosuchcompany.onmicrosoft.com" }, "TENANT.NOT_FOUND"],
    ["an unknown GUID", { tenant: "0f0f0f0f-1111-4222-8333-444455556666" }, "TENANT.NOT_FOUND"],
    ["an empty value", { tenant: "   " }, "REQUEST.INVALID"],
    ["a missing field", {}, "REQUEST.INVALID"],
  ];
  for (const [what, body, code] of rejected) {
    it(`answers 400 naming the field for ${what}, and writes nothing`, async () => {
      const response = await admin.put("/api/customers/proseware/tenant", body);
      assert.equal(response.status, 400);
      assert.equal(response.body.error.code, code);
      assert.equal(response.body.error.field, "tenant");
      assert.ok(response.body.error.message.length > 10);
      const customer = (await admin.get("/api/customers/proseware")).body;
      assert.equal(customer.connection, "none");
      assert.equal(customer.tenantId, null);
    });
  }

  it("refuses a tenant already used by another customer", async () => {
    const response = await admin.put("/api/customers/contoso-dental/tenant", { tenant: "tailspintoys.onmicrosoft.com" });
    assert.equal(response.status, 409);
    assert.equal(response.body.error.code, "TENANT.IN_USE");
    assert.match(response.body.error.message, /Tailspin Toys/);
  });

  it("refuses to change a tenant that is on file from Manage Protect", async () => {
    const response = await admin.put("/api/customers/tailspin-toys/tenant", { tenant: "wingtiptoys.onmicrosoft.com" });
    assert.equal(response.status, 409);
    assert.equal(response.body.error.code, "TENANT.LOCKED");
  });

  it("lets a viewer look but not Save (403), and writes nothing", async () => {
    assert.equal((await viewer.get("/api/customers")).status, 200);
    const response = await viewer.put("/api/customers/contoso-dental/tenant", { tenant: "wingtiptoys.onmicrosoft.com" });
    assert.equal(response.status, 403);
    assert.equal(response.body.error.code, "STAFF.FORBIDDEN");
    assert.equal((await admin.get("/api/customers/contoso-dental")).body.connection, "none");
  });

  it("answers 404 for a customer that does not exist", async () => {
    const response = await admin.put("/api/customers/nobody/tenant", { tenant: "wingtiptoys.onmicrosoft.com" });
    assert.equal(response.status, 404);
    assert.equal(response.body.error.code, "CUSTOMER.NOT_FOUND");
  });

  it("answers 400 with our error shape for a body that is not JSON", async () => {
    const response = await fetch(`${product.url}/api/customers/proseware/tenant`, {
      method: "PUT",
      headers: { authorization: `Bearer ${await signIn(product.url, staffUpns.operator)}`, "content-type": "application/json" },
      body: "{not json",
    });
    assert.equal(response.status, 400);
    const body = (await response.json()) as { error: { code: string; message: string } };
    assert.ok(body.error.code && body.error.message);
  });
});
