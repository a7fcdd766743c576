import assert from "node:assert/strict";
import { startAzurite, type RunningAzurite } from "../../../scripts/lib/azurite.js";
import { freePort } from "../../../scripts/lib/ports.js";
import { devtenantAdmin } from "../../support/devtenant-admin.js";
import { startProduct, type TestProduct } from "../../support/stack.js";

const metadataRoute = "GET /:tenant/v2.0/.well-known/openid-configuration";

async function probe(url: string): Promise<{ status: number; body: any; ms: number }> {
  const started = Date.now();
  const response = await fetch(url);
  return { status: response.status, body: await response.json(), ms: Date.now() - started };
}

describe("/healthz and /readyz", function () {
  this.timeout(60_000);

  describe("when storage stops", () => {
    let azurite: RunningAzurite;
    let product: TestProduct;
    let ports: { tablePort: number; queuePort: number };
    before(async () => {
      ports = { tablePort: await freePort(), queuePort: await freePort() };
      azurite = await startAzurite(ports);
      product = await startProduct({ B365_STORAGE_CONNECTION_STRING: azurite.connectionString, B365_READY_CACHE_SECONDS: "0" });
    });
    after(async () => {
      await product?.close();
      await azurite?.stop();
    });

    it("is ready while Azurite and devtenant answer", async () => {
      const ready = await probe(`${product.url}/readyz`);
      assert.equal(ready.status, 200, JSON.stringify(ready.body));
      assert.deepEqual(ready.body, { status: "ready", checks: { storage: { ok: true }, identity: { ok: true } } });
      assert.deepEqual((await probe(`${product.url}/healthz`)).body, { status: "ok" });
    });

    it("answers 503 naming storage within seconds once Azurite is stopped, while /healthz stays 200", async () => {
      await azurite.stop();
      const ready = await probe(`${product.url}/readyz`);
      assert.equal(ready.status, 503);
      assert.equal(ready.body.status, "not ready");
      assert.equal(ready.body.checks.storage.ok, false);
      assert.match(ready.body.checks.storage.reason, /^tables (unreachable|timed out).*; queue (unreachable|timed out)/);
      assert.deepEqual(ready.body.checks.identity, { ok: true });
      assert.ok(ready.ms < 5000, `took ${ready.ms} ms`);
      assert.doesNotMatch(JSON.stringify(ready.body), /127\.0\.0\.1|devstoreaccount1|AccountKey/, "no hostnames or keys in a public answer");
      const health = await probe(`${product.url}/healthz`);
      assert.equal(health.status, 200);
    });

    it("is ready again once Azurite is back on the same ports", async () => {
      azurite = await startAzurite(ports);
      const ready = await probe(`${product.url}/readyz`);
      assert.equal(ready.status, 200, JSON.stringify(ready.body));
    });
  });

  describe("when the identity provider fails", () => {
    let product: TestProduct;
    const admin = () => devtenantAdmin(product.infra.devtenant.url);
    afterEach(() => admin().clearFaults());
    after(() => product?.close());

    it("answers 503 naming the OpenID metadata when Entra (devtenant) answers 503", async () => {
      product = await startProduct({ B365_READY_CACHE_SECONDS: "0" });
      await admin().fault({ match: metadataRoute, status: 503, retryAfterSeconds: null });
      const ready = await probe(`${product.url}/readyz`);
      assert.equal(ready.status, 503);
      assert.deepEqual(ready.body.checks, { storage: { ok: true }, identity: { ok: false, reason: "OpenID metadata answered HTTP 503" } });
      await admin().clearFaults();
      assert.equal((await probe(`${product.url}/readyz`)).status, 200, "ready again at once when nothing is cached");
    });

    it("answers 503 when the authority is a closed port", async () => {
      const closed = await startProduct({ B365_AUTHORITY_HOST: `https://127.0.0.1:${await freePort()}`, B365_READY_CACHE_SECONDS: "0" });
      try {
        const ready = await probe(`${closed.url}/readyz`);
        assert.equal(ready.status, 503);
        assert.deepEqual(ready.body.checks.identity, { ok: false, reason: "OpenID metadata unreachable (ECONNREFUSED)" });
      } finally {
        await closed.close();
      }
    });
  });

  describe("caching", () => {
    let product: TestProduct;
    after(() => product?.close());

    it("reuses one answer for B365_READY_CACHE_SECONDS and shares it between concurrent probes", async () => {
      product = await startProduct({ B365_READY_CACHE_SECONDS: "30" });
      const admin = devtenantAdmin(product.infra.devtenant.url);
      await admin.resetCounters();
      const answers = await Promise.all([1, 2, 3].map(() => probe(`${product.url}/readyz`)));
      answers.push(await probe(`${product.url}/readyz`));
      assert.deepEqual(answers.map((a) => a.status), [200, 200, 200, 200]);
      assert.equal((await admin.counters())[metadataRoute], 1);
    });
  });
});
