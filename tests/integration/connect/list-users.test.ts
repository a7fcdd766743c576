import assert from "node:assert/strict";
import { authorise } from "../../support/consent.js";
import { devtenantAdmin } from "../../support/devtenant-admin.js";
import { apiClient, signIn, staffUpns } from "../../support/sign-in.js";
import { startProduct, type TestProduct } from "../../support/stack.js";

describe("Enable: the connected tenant's user list", function () {
  this.timeout(90_000);
  let product: TestProduct;
  let api: ReturnType<typeof apiClient>;

  before(async () => {
    product = await startProduct();
    const token = await signIn(product.url, staffUpns.admin);
    api = apiClient(product.url, token);
    await api.put("/api/customers/wingtip-toys/tenant", { tenant: "wingtiptoys.onmicrosoft.com" });
    const run = await authorise(product.url, token, "wingtip-toys", { adminUpn: "admin@wingtiptoys.onmicrosoft.com" });
    assert.equal(run.outcome.ok, true, run.outcome.message);
  });
  after(() => product?.close());

  it("pages through every user of the 2,000-user tenant, each exactly once", async () => {
    const ids = new Set<string>();
    let cursor: string | null = null;
    let pages = 0;
    let total: number | null = null;
    do {
      const query: string = cursor ? `pageSize=999&cursor=${encodeURIComponent(cursor)}` : "pageSize=999";
      const { status, body } = await api.get(`/api/customers/wingtip-toys/users?${query}`);
      assert.equal(status, 200, JSON.stringify(body));
      for (const user of body.users) ids.add(user.id);
      total ??= body.total;
      cursor = body.nextCursor;
      pages++;
    } while (cursor);
    assert.equal(total, ids.size);
    assert.ok(ids.size >= 2_000, `${ids.size} users`);
    assert.equal(pages, Math.ceil(ids.size / 999));
  });

  it("shows what staff need to choose: name, UPN, licence, account state, backup off", async () => {
    const { body } = await api.get("/api/customers/wingtip-toys/users?pageSize=50");
    assert.equal(body.users.length, 50);
    const user = body.users[0];
    assert.equal(typeof user.displayName, "string");
    assert.match(user.userPrincipalName, /@wingtiptoys\.onmicrosoft\.com$/);
    assert.equal(typeof user.licensed, "boolean");
    assert.equal(typeof user.accountEnabled, "boolean");
    assert.equal(user.backup, "off");
    assert.ok(body.users.some((u: { licensed: boolean }) => !u.licensed) || body.users.every((u: { licensed: boolean }) => u.licensed));
  });

  it("searches by display name on the server", async () => {
    const first = (await api.get("/api/customers/wingtip-toys/users?pageSize=5")).body.users[0];
    const term = first.displayName.split(" ")[0];
    const { status, body } = await api.get(`/api/customers/wingtip-toys/users?pageSize=999&search=${encodeURIComponent(term)}`);
    assert.equal(status, 200);
    assert.ok(body.users.length > 0 && body.users.length < 2_000);
    assert.ok(body.users.every((u: { displayName: string }) => u.displayName.toLowerCase().includes(term.toLowerCase())));
    assert.equal(body.total, body.users.length + (body.nextCursor ? body.total - body.users.length : 0));
  });

  it("searches for terms with URL characters in them (#, &, +, %, a space) as typed", async () => {
    const first = (await api.get("/api/customers/wingtip-toys/users?pageSize=5")).body.users[0];
    const term = first.displayName.split(" ")[0];
    for (const typed of ["#", "&", "+", "%", "a&b=c", `${term} `, `${term}#x`]) {
      const { status, body } = await api.get(`/api/customers/wingtip-toys/users?pageSize=50&search=${encodeURIComponent(typed)}`);
      assert.equal(status, 200, `${typed}: ${JSON.stringify(body)}`);
      assert.ok(body.users.every((u: { displayName: string }) => u.displayName.toLowerCase().includes(typed.trim().toLowerCase())), typed);
    }
    const spaced = await api.get(`/api/customers/wingtip-toys/users?pageSize=50&search=${encodeURIComponent(`${term} `)}`);
    assert.ok(spaced.body.users.length > 0, "a term with a trailing space still finds its users");
  });

  it("rejects a damaged cursor and an out-of-range page size with 400", async () => {
    const cursor = await api.get("/api/customers/wingtip-toys/users?cursor=garbage");
    assert.equal(cursor.status, 400);
    assert.equal(cursor.body.error.field, "cursor");
    const size = await api.get("/api/customers/wingtip-toys/users?pageSize=5000");
    assert.equal(size.status, 400);
    assert.equal(size.body.error.field, "pageSize");
  });

  it("rides out Graph throttling: a 429 with Retry-After is retried and the page still arrives", async () => {
    const cloud = devtenantAdmin(product.infra.devtenant.url);
    await cloud.resetCounters();
    await cloud.fault({ match: "GET /v1.0/users", status: 429, retryAfterSeconds: 1, times: 1 });
    const started = Date.now();
    const { status, body } = await api.get("/api/customers/wingtip-toys/users?pageSize=10");
    await cloud.clearFaults();
    assert.equal(status, 200);
    assert.equal(body.users.length, 10);
    assert.ok(Date.now() - started >= 1_000, "waited for Retry-After");
    const counters = await cloud.counters();
    assert.equal(counters["GET /v1.0/users (faulted)"], 1);
    assert.equal(counters["GET /v1.0/users"], 1);
  });
});
