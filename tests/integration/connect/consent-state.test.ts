import assert from "node:assert/strict";
import { authorise, authoriseUntilCallback, outcomeOf } from "../../support/consent.js";
import { devtenantAdmin } from "../../support/devtenant-admin.js";
import { HttpBrowser } from "../../support/http-browser.js";
import { apiClient, signIn, staffUpns } from "../../support/sign-in.js";
import { startProduct, type TestProduct } from "../../support/stack.js";

const tailspinAdmin = "admin@tailspintoys.onmicrosoft.com";

describe("Consent state: tampered, replayed, expired or foreign attempts are refused", function () {
  this.timeout(60_000);
  let product: TestProduct;
  let token: string;
  let api: ReturnType<typeof apiClient>;

  beforeEach(async () => {
    product = await startProduct();
    token = await signIn(product.url, staffUpns.admin);
    api = apiClient(product.url, token);
    await devtenantAdmin(product.infra.devtenant.url).revokeConsent("5b0e2c7d-3a1f-4d6b-8e9c-0f1a2b3c4d5e");
  });
  afterEach(() => product?.close());

  const connection = async (): Promise<string> => (await api.get("/api/customers/tailspin-toys")).body.connection;

  it("a tampered state at the start is a 400 and records nothing", async () => {
    const started = await api.post("/api/customers/tailspin-toys/consent");
    const url = new URL(started.body.popupUrl);
    url.searchParams.set("state", url.searchParams.get("state")!.replace(/.$/, (c) => (c === "A" ? "B" : "A")));
    const response = await new HttpBrowser().visit(url.toString());
    assert.equal(response.status, 400);
    assert.equal(outcomeOf(response.body).code, "CONSENT.STATE_INVALID");
    assert.equal(await connection(), "saved");
  });

  it("a tampered state at the callback is a 400 and records nothing", async () => {
    const { browser, callbackUrl } = await authoriseUntilCallback(product.url, token, "tailspin-toys", { adminUpn: tailspinAdmin });
    const url = new URL(callbackUrl);
    url.searchParams.set("state", `${url.searchParams.get("state")}x`);
    const response = await browser.visit(url.toString());
    assert.equal(response.status, 400);
    assert.equal(await connection(), "saved");
  });

  it("a replayed callback is a 400 (the state is single use)", async () => {
    const first = await authorise(product.url, token, "tailspin-toys", { adminUpn: tailspinAdmin, decision: "cancel" });
    assert.equal(first.outcome.code, "CONSENT.CANCELLED");
    const again = await new HttpBrowser().visit(first.callbackUrl);
    assert.equal(again.status, 400);
    assert.match(outcomeOf(again.body).message, /already used|another browser/);
  });

  it("an Authorise link cannot be opened twice", async () => {
    const started = await api.post("/api/customers/tailspin-toys/consent");
    const browser = new HttpBrowser();
    assert.equal((await browser.fetch(started.body.popupUrl)).status, 302);
    const second = await new HttpBrowser().visit(started.body.popupUrl);
    assert.equal(second.status, 400);
    assert.match(outcomeOf(second.body).message, /already opened/);
  });

  it("a callback arriving in another person's browser is a 400; the real popup still completes", async () => {
    const { browser, callbackUrl } = await authoriseUntilCallback(product.url, token, "tailspin-toys", { adminUpn: tailspinAdmin });
    const stranger = await new HttpBrowser().visit(callbackUrl);
    assert.equal(stranger.status, 400);
    assert.match(outcomeOf(stranger.body).message, /another browser/);
    assert.equal(await connection(), "saved");
    const real = await browser.visit(callbackUrl);
    assert.equal(real.status, 200);
    assert.equal(outcomeOf(real.body).ok, true);
    assert.equal(await connection(), "connected");
  });

  it("an expired Authorise link is a 400 and records nothing", async () => {
    const shortLived = await startProduct({ B365_CONSENT_TTL_SECONDS: "1" });
    try {
      const shortToken = await signIn(shortLived.url, staffUpns.admin);
      const started = await apiClient(shortLived.url, shortToken).post("/api/customers/tailspin-toys/consent");
      await new Promise((r) => setTimeout(r, 1_200));
      const response = await new HttpBrowser().visit(started.body.popupUrl);
      assert.equal(response.status, 400);
      assert.match(outcomeOf(response.body).message, /expired/);
      assert.equal((await apiClient(shortLived.url, shortToken).get("/api/customers/tailspin-toys")).body.connection, "saved");
    } finally {
      await shortLived.close();
    }
  });
});
