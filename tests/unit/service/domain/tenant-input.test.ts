import assert from "node:assert/strict";
import { isAppError } from "../../../../service/domain/app-error.js";
import { parseTenantInput } from "../../../../service/domain/tenant-input.js";

describe("parseTenantInput", () => {
  it("accepts a tenant GUID in any case and normalises it to lower case", () => {
    assert.deepEqual(parseTenantInput(" 7E3D1C9B-5F2A-4B8E-9D6C-1A2B3C4D5E6F "), { kind: "id", tenantId: "7e3d1c9b-5f2a-4b8e-9d6c-1a2b3c4d5e6f" });
  });

  it("accepts verified domains, including custom ones", () => {
    assert.deepEqual(parseTenantInput("Contoso.onmicrosoft.com"), { kind: "domain", domain: "contoso.onmicrosoft.com" });
    assert.deepEqual(parseTenantInput("mail.wingtip-toys.com.au"), { kind: "domain", domain: "mail.wingtip-toys.com.au" });
  });

  for (const bad of ["", "contoso", "not a tenant", "contoso..com", "-bad.com", "bad-.com", "x.c0m", "00000000-0000-0000-0000-000000000000", "7e3d1c9b-5f2a-4b8e-9d6c", "a".repeat(64) + ".com", "https://contoso.com"]) {
    it(`rejects ${JSON.stringify(bad)} with a 400 naming the tenant field`, () => {
      assert.throws(
        () => parseTenantInput(bad),
        (error: unknown) => isAppError(error) && error.status === 400 && error.field === "tenant" && error.code === "TENANT.INVALID" && /tenant GUID/.test(error.userMessage),
      );
    });
  }
});
