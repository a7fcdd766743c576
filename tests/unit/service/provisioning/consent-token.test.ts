import assert from "node:assert/strict";
import { isAppError } from "../../../../service/domain/app-error.js";
import { createConsentTokens } from "../../../../service/provisioning/consent-token.js";

const key = "k".repeat(40);

describe("createConsentTokens", () => {
  it("round-trips an id through sign and verify", () => {
    const tokens = createConsentTokens(key);
    const id = tokens.newId();
    assert.equal(tokens.verify(tokens.sign(id)), id);
  });

  it("makes a fresh id each time", () => {
    const tokens = createConsentTokens(key);
    assert.notEqual(tokens.newId(), tokens.newId());
  });

  it("rejects altered ids, altered signatures, other keys and junk with CONSENT.STATE_INVALID", () => {
    const tokens = createConsentTokens(key);
    const token = tokens.sign(tokens.newId());
    const [id, sig] = token.split(".") as [string, string];
    const flip = (s: string): string => (s[0] === "A" ? "B" : "A") + s.slice(1);
    const forged = [`${flip(id)}.${sig}`, `${id}.${flip(sig)}`, createConsentTokens("z".repeat(40)).sign(id), "", "abc", `${token}.extra`, `${id}.`];
    for (const bad of forged) {
      assert.throws(() => tokens.verify(bad), (e: unknown) => isAppError(e) && e.code === "CONSENT.STATE_INVALID" && e.status === 400, bad);
    }
  });

  it("refuses a short signing key", () => {
    assert.throws(() => createConsentTokens("short"));
  });
});
