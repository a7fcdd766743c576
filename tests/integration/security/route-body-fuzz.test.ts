import assert from "node:assert/strict";
import fc from "fast-check";
import { connectFreshTenant } from "../../support/jobs.js";
import { startProduct, type TestProduct } from "../../support/stack.js";
import { goodToken } from "./support/bad-credentials.js";
import { concretePath, isMutating, mountedRoutes, ownAuthRoutes, publicRoutes, sampleBodies, type MountedRoute } from "./support/route-table.js";
import { assertNothingWritten, storageSnapshot } from "./support/storage-snapshot.js";

const staffRoutes = mountedRoutes().filter((r) => r.path.startsWith("/api/") && !(r.key in publicRoutes) && !(r.key in ownAuthRoutes));
const numRuns = 50;

/** One request body as it travels: the bytes and the content type they claim to be. */
interface RawBody {
  type: string;
  payload: string;
}

/** Random JSON, text claiming to be JSON, the route's own fields with random values, forms, other types, oversized. */
function bodies(route: MountedRoute): fc.Arbitrary<RawBody> {
  const sample = sampleBodies[route.key];
  const fields = sample && typeof sample === "object" ? Object.keys(sample) : ["tenant", "on", "all", "userIds"];
  const json = (value: unknown): RawBody => ({ type: "application/json", payload: JSON.stringify(value) ?? "null" });
  return fc.oneof(
    fc.jsonValue().map(json),
    fc.record(Object.fromEntries(fields.map((f) => [f, fc.oneof(fc.jsonValue(), fc.string({ unit: "binary" }))])), { requiredKeys: [] }).map(json),
    fc.string({ maxLength: 200 }).map((payload) => ({ type: "application/json", payload })),
    fc.dictionary(fc.constantFrom(...fields), fc.string()).map((form) => ({ type: "application/x-www-form-urlencoded", payload: new URLSearchParams(form).toString() })),
    fc.tuple(fc.constantFrom("text/plain", "application/xml", "multipart/form-data", "application/json; charset=utf-16"), fc.string()).map(([type, payload]) => ({ type, payload })),
    fc.constant({ type: "application/json", payload: JSON.stringify({ pad: "x".repeat(70 * 1024) }) }),
  );
}

/**
 * Every POST/PUT/PATCH route (read from the router) and every route's path parameters, fuzzed over real HTTP as an
 * admin of MSP A: a 4xx every time, never a 5xx and never a write. `:id` is Wingtip Toys, a customer with no tenant
 * yet, so even a body that happens to be valid is refused by the use case (409) rather than acted on.
 */
describe("Route inputs (fuzzed over HTTP): random bodies, path parameters and queries are a 4xx, never a 5xx or a write", function () {
  this.timeout(60_000);
  let product: TestProduct;
  let admin: string;
  const call = async (route: MountedRoute, body: RawBody | null, params: Record<string, string> = { id: "wingtip-toys" }, query = "") => {
    const response = await fetch(`${product.url}${concretePath(route, params)}${query}`, {
      method: route.method,
      headers: { authorization: admin, ...(body ? { "content-type": body.type } : {}) },
      ...(body ? { body: body.payload } : {}),
    });
    return { status: response.status, text: await response.text() };
  };
  const refused = (status: number, what: unknown, text: string) => assert.ok(status >= 400 && status < 500, `${status} for ${JSON.stringify(what).slice(0, 300)}: ${text.slice(0, 300)}`);

  before(async () => {
    product = await startProduct();
    admin = `Bearer ${await goodToken(product.infra.devtenant.url)}`;
  });
  after(() => product?.close());

  for (const route of staffRoutes.filter(isMutating)) {
    it(`${route.key}: random bodies`, async () => {
      const before = await storageSnapshot(product);
      await fc.assert(fc.asyncProperty(bodies(route), async (body) => {
        const { status, text } = await call(route, body);
        refused(status, body, text);
      }), { numRuns });
      assertNothingWritten(before, await storageSnapshot(product), route.key);
    });
  }

  it("POST /api/messages: random bodies without a channel token are refused, never a 5xx, and write nothing", async () => {
    const route = mountedRoutes().find((r) => r.key === "POST /api/messages")!;
    const before = await storageSnapshot(product);
    await fc.assert(fc.asyncProperty(bodies(route), fc.boolean(), async (body, withStaffToken) => {
      const response = await fetch(`${product.url}/api/messages`, { method: "POST", headers: { "content-type": body.type, ...(withStaffToken ? { authorization: admin } : {}) }, body: body.payload });
      refused(response.status, body, await response.text());
    }), { numRuns });
    assertNothingWritten(before, await storageSnapshot(product), route.key);
  });

  it("PUT /api/customers/:id/tenant: random tenant values (text, GUIDs, domains, unknown tenants) are a 4xx and write nothing", async () => {
    const route = staffRoutes.find((r) => r.key === "PUT /api/customers/:id/tenant")!;
    const tenant = fc.oneof(fc.string({ maxLength: 300 }), fc.uuid(), fc.domain(), fc.domain().map((d) => `https://${d}/path`), fc.constant("00000000-0000-0000-0000-000000000000"));
    const before = await storageSnapshot(product);
    await fc.assert(fc.asyncProperty(tenant, async (value) => {
      const { status, text } = await call(route, { type: "application/json", payload: JSON.stringify({ tenant: value }) });
      refused(status, value, text);
    }), { numRuns });
    assertNothingWritten(before, await storageSnapshot(product), route.key);
  });

  it("random :id and :jobId on every /api route are a 4xx and write nothing", async () => {
    const segment = fc.oneof(fc.string({ minLength: 1, maxLength: 80 }), fc.string({ unit: "binary", minLength: 1, maxLength: 20 }), fc.constantFrom("..", "%2e%2e", "a/b", "a\\b", "a#b", "a?b", "'", "' or ''='", "\u0000", "x".repeat(1100)));
    const before = await storageSnapshot(product);
    await fc.assert(fc.asyncProperty(fc.constantFrom(...staffRoutes.filter((r) => r.path.includes(":"))), segment, segment, async (route, id, jobId) => {
      const { status, text } = await call(route, isMutating(route) ? { type: "application/json", payload: JSON.stringify(sampleBodies[route.key] ?? {}) } : null, { id, jobId });
      refused(status, [route.key, id, jobId], text);
    }), { numRuns: numRuns * 2 });
    assertNothingWritten(before, await storageSnapshot(product), "random path parameters");
  });

  it("random paths (tab files, unknown routes, traversal, bad escapes) are never a 5xx", async () => {
    const part = fc.oneof(fc.webSegment(), fc.constantFrom("..", "%2e%2e", "%2f", "%zz", "%c0%ae", "%00", "assets", "api", "auth", "index.html", "\\"));
    await fc.assert(fc.asyncProperty(fc.array(part, { minLength: 1, maxLength: 5 }), async (parts) => {
      const response = await fetch(`${product.url}/${parts.join("/")}`, { redirect: "manual" });
      const text = await response.text();
      assert.ok(response.status < 500, `${response.status} for /${parts.join("/")}: ${text.slice(0, 200)}`);
    }), { numRuns });
  });

  it("GET /api/customers/:id/users: random search, cursor, pageSize and status on a connected customer are never a 5xx", async () => {
    await connectFreshTenant(product.url, product.infra.devtenant.url, admin.slice("Bearer ".length), "proseware", 3);
    const route = staffRoutes.find((r) => r.key === "GET /api/customers/:id/users")!;
    const value = fc.oneof(fc.string({ maxLength: 120 }), fc.string({ unit: "binary", maxLength: 30 }), fc.integer().map(String), fc.base64String({ maxLength: 200 }), fc.constantFrom("", "-1", "0", "1e9", "NaN", "protected", "off"));
    const query = fc.dictionary(fc.constantFrom("search", "cursor", "pageSize", "status", "$top", "cursor[]"), value, { maxKeys: 4 });
    await fc.assert(fc.asyncProperty(query, async (q) => {
      const { status, text } = await call(route, null, { id: "proseware" }, `?${new URLSearchParams(q).toString()}`);
      assert.ok(status === 200 || (status >= 400 && status < 500), `${status} for ${JSON.stringify(q)}: ${text.slice(0, 300)}`);
    }), { numRuns });
  });
});
