import assert from "node:assert/strict";
import { describeConsentError } from "../../../../service/provisioning/describe-consent-error.js";

describe("describeConsentError", () => {
  it("says the admin cancelled for Entra's cancel subcode and AADSTS65004", () => {
    assert.equal(describeConsentError({ error: "access_denied", errorSubcode: "cancel" }).code, "CONSENT.CANCELLED");
    assert.equal(describeConsentError({ error: "access_denied", errorDescription: "AADSTS65004: User declined to consent" }).code, "CONSENT.CANCELLED");
  });

  it("asks for a Global Administrator when Entra wants admin approval (AADSTS90094)", () => {
    const result = describeConsentError({ error: "access_denied", errorDescription: "AADSTS90094: The grant requires admin permission." });
    assert.equal(result.code, "CONSENT.ADMIN_REQUIRED");
    assert.match(result.message, /Global Administrator/);
  });

  it("names the OAuth error and AADSTS number otherwise", () => {
    const result = describeConsentError({ error: "invalid_request", errorDescription: "AADSTS50011: redirect mismatch" });
    assert.equal(result.code, "CONSENT.DENIED");
    assert.match(result.message, /invalid_request, AADSTS50011/);
  });
});
