import assert from "node:assert/strict";
import { authoriseUntilCallback, outcomeOf } from "../../support/consent.js";
import { devtenantAdmin } from "../../support/devtenant-admin.js";
import { apiClient, signIn, staffUpns } from "../../support/sign-in.js";
import { startProduct, type TestProduct } from "../../support/stack.js";
import { assertNothingWritten, storageSnapshot } from "./support/storage-snapshot.js";

const tenants = { tailspin: "5b0e2c7d-3a1f-4d6b-8e9c-0f1a2b3c4d5e", wingtip: "7e3d1c9b-5f2a-4b8e-9d6c-1a2b3c4d5e6f" };
const admins = { tailspin: "admin@tailspintoys.onmicrosoft.com", wingtip: "admin@wingtiptoys.onmicrosoft.com", adventure: "admin@adventureworks.onmicrosoft.com" };

/** What consent-state.test.ts leaves out: states of another staff member, MSP or customer, and expiry at the callback. */
describe("Consent state: another staff member's, another MSP's or another customer's attempt is refused", function () {
  this.timeout(60_000);
  let product: TestProduct;
  let ada: string;
  const revoke = () => Promise.all(Object.values(tenants).map((t) => devtenantAdmin(product.infra.devtenant.url).revokeConsent(t)));
  const connection = async (customerId: string): Promise<string> => (await apiClient(product.url, ada).get(`/api/customers/${customerId}`)).body.connection;

  before(async () => {
    product = await startProduct();
    ada = await signIn(product.url, staffUpns.admin);
    await revoke();
  });
  after(async () => {
    await revoke();
    await product?.close();
  });

  it("another staff member's callback in Ada's browser is a 400 and writes nothing; theirs still completes", async () => {
    const oscar = await signIn(product.url, staffUpns.operator);
    const theirs = await authoriseUntilCallback(product.url, oscar, "tailspin-toys", { adminUpn: admins.tailspin, decision: "cancel" });
    const mine = await authoriseUntilCallback(product.url, ada, "tailspin-toys", { adminUpn: admins.tailspin, decision: "cancel" });
    const before = await storageSnapshot(product);
    const swapped = await mine.browser.visit(theirs.callbackUrl);
    assert.equal(swapped.status, 400);
    assert.equal(outcomeOf(swapped.body).code, "CONSENT.STATE_INVALID");
    assertNothingWritten(before, await storageSnapshot(product), "a callback with another staff member's state");
    const real = await theirs.browser.visit(theirs.callbackUrl);
    assert.equal(outcomeOf(real.body).code, "CONSENT.CANCELLED", "the rightful popup was not spoiled");
  });

  it("another MSP's callback in our browser is a 400 and writes nothing", async () => {
    const frank = await signIn(product.url, staffUpns.otherMspAdmin);
    const theirs = await authoriseUntilCallback(product.url, frank, "adventure-works", { adminUpn: admins.adventure, decision: "cancel" });
    const mine = await authoriseUntilCallback(product.url, ada, "tailspin-toys", { adminUpn: admins.tailspin, decision: "cancel" });
    const before = await storageSnapshot(product);
    const swapped = await mine.browser.visit(theirs.callbackUrl);
    assert.equal(swapped.status, 400);
    assert.equal(outcomeOf(swapped.body).code, "CONSENT.STATE_INVALID");
    assertNothingWritten(before, await storageSnapshot(product), "a callback with another MSP's state");
  });

  it("another customer's state is refused: with the wrong browser a 400, with one customer's code on another's state WRONG_TENANT", async () => {
    const saved = await apiClient(product.url, ada).put("/api/customers/wingtip-toys/tenant", { tenant: "wingtiptoys.onmicrosoft.com" });
    assert.equal(saved.status, 200, JSON.stringify(saved.body));
    const tailspin = await authoriseUntilCallback(product.url, ada, "tailspin-toys", { adminUpn: admins.tailspin });
    const wingtip = await authoriseUntilCallback(product.url, ada, "wingtip-toys", { adminUpn: admins.wingtip, decision: "cancel" });
    const wingtipState = new URL(wingtip.callbackUrl).searchParams.get("state")!;

    const before = await storageSnapshot(product);
    const crossed = await tailspin.browser.visit(wingtip.callbackUrl);
    assert.equal(crossed.status, 400, "wingtip's state in tailspin's popup");
    assertNothingWritten(before, await storageSnapshot(product), "another customer's state in this popup");

    const spliced = new URL(tailspin.callbackUrl);
    spliced.searchParams.set("state", wingtipState);
    const outcome = outcomeOf((await wingtip.browser.visit(spliced.toString())).body);
    assert.equal(outcome.ok, false);
    assert.equal(outcome.code, "CONSENT.WRONG_TENANT", outcome.message);
    assert.equal(await connection("wingtip-toys"), "saved", "wingtip is not connected with tailspin's consent");
    assert.equal(await connection("tailspin-toys"), "saved", "nor is tailspin, whose state was never used");
  });

  it("an attempt that expires between the popup and Microsoft's redirect is a 400 at the callback and writes nothing", async () => {
    const shortLived = await startProduct({ B365_CONSENT_TTL_SECONDS: "2" });
    try {
      const token = await signIn(shortLived.url, staffUpns.admin);
      const started = Date.now();
      const run = await authoriseUntilCallback(shortLived.url, token, "tailspin-toys", { adminUpn: admins.tailspin, decision: "cancel" });
      await new Promise((r) => setTimeout(r, Math.max(0, started + 2_300 - Date.now())));
      const before = await storageSnapshot(shortLived);
      const late = await run.browser.visit(run.callbackUrl);
      assert.equal(late.status, 400);
      assert.match(outcomeOf(late.body).message, /expired/);
      assertNothingWritten(before, await storageSnapshot(shortLived), "an expired callback");
    } finally {
      await shortLived.close();
    }
  });
});
