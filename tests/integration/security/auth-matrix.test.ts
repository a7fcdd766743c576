import assert from "node:assert/strict";
import { signIn, staffUpns } from "../../support/sign-in.js";
import { startProduct, type TestProduct } from "../../support/stack.js";
import { badCredentials, goodToken, type BadCredential } from "./support/bad-credentials.js";
import { callRoute, isMutating, mountedRoutes, ownAuthRoutes, publicRoutes } from "./support/route-table.js";
import { assertNothingWritten, storageSnapshot } from "./support/storage-snapshot.js";

const routes = mountedRoutes();
const guarded = routes.filter((r) => !(r.key in publicRoutes));

describe("Auth matrix: every route refuses every bad credential and writes nothing", function () {
  this.timeout(60_000);
  let product: TestProduct;
  let credentials: BadCredential[];
  let viewer: string;
  let admin: string;

  before(async () => {
    product = await startProduct();
    credentials = await badCredentials(product.infra.devtenant.url, product.url);
    viewer = `Bearer ${await signIn(product.url, staffUpns.viewer)}`;
    admin = `Bearer ${await goodToken(product.infra.devtenant.url)}`;
  });
  after(() => product?.close());

  it("reads the routes from restify's router, and every public route is listed with its reason", () => {
    assert.ok(guarded.some((r) => r.key === "GET /api/customers/:id"), `the router lists the API: ${routes.map((r) => r.key).join(", ")}`);
    const mounted = new Set(routes.map((r) => r.key));
    const stale = [...Object.keys(publicRoutes), ...Object.keys(ownAuthRoutes)].filter((key) => !mounted.has(key));
    assert.deepEqual(stale, [], "entries for routes the server no longer mounts");
    for (const [key, reason] of Object.entries(publicRoutes)) assert.ok(reason.length > 20, `${key} says why it is public`);
  });

  for (const route of guarded) {
    it(`${route.key} refuses every bad credential (401/403) and writes nothing`, async () => {
      const before = await storageSnapshot(product);
      const wrong: string[] = [];
      for (const credential of credentials) {
        const expected = route.key in ownAuthRoutes ? 401 : credential.status;
        const { status, text } = await callRoute(product.url, route, credential.authorization);
        if (status !== expected) wrong.push(`${credential.what}: ${status} (expected ${expected}) ${text.slice(0, 160)}`);
      }
      assert.deepEqual(wrong, [], `${route.key} let a bad credential through`);
      assertNothingWritten(before, await storageSnapshot(product), route.key);
    });

    if (isMutating(route) && !(route.key in ownAuthRoutes)) {
      it(`${route.key} refuses a viewer (403) and writes nothing`, async () => {
        const before = await storageSnapshot(product);
        const { status, text } = await callRoute(product.url, route, viewer);
        assert.equal(status, 403, `a viewer may look but not change: ${text.slice(0, 200)}`);
        assertNothingWritten(before, await storageSnapshot(product), `${route.key} as a viewer`);
      });
    }

    if (!(route.key in ownAuthRoutes)) {
      it(`${route.key} accepts a good admin token (the control: refusals above are about the credential)`, async () => {
        const { status, text } = await callRoute(product.url, route, admin);
        assert.ok(status !== 401 && status !== 403 && status < 500, `${status}: ${text.slice(0, 200)}`);
      });
    }
  }
});

