import assert from "node:assert/strict";
import { isAppError } from "../../../../service/domain/app-error.js";
import { assertAllowed, roleFromClaims, type Staff } from "../../../../service/domain/staff.js";

const staff = (role: Staff["role"]): Staff => ({ mspTenantId: "m", oid: "o", name: "N", userPrincipalName: "n@x", role });

describe("roleFromClaims", () => {
  it("takes the highest Backup365 role the token carries", () => {
    assert.equal(roleFromClaims(["Backup.Viewer", "Backup.Admin"]), "admin");
    assert.equal(roleFromClaims(["Backup.Operator"]), "operator");
    assert.equal(roleFromClaims(["Backup.Viewer"]), "viewer");
  });
  it("gives no role for tokens without ours", () => {
    assert.equal(roleFromClaims([]), null);
    assert.equal(roleFromClaims(["Directory.Read.All"]), null);
  });
});

describe("assertAllowed", () => {
  it("lets admins and operators act", () => {
    for (const role of ["admin", "operator"] as const) {
      for (const action of ["view", "changeTenant", "authorise", "enableUsers"] as const) assert.doesNotThrow(() => assertAllowed(staff(role), action));
    }
  });
  it("lets a viewer look but answers 403 for anything else", () => {
    assert.doesNotThrow(() => assertAllowed(staff("viewer"), "view"));
    for (const action of ["changeTenant", "authorise", "enableUsers"] as const) {
      assert.throws(() => assertAllowed(staff("viewer"), action), (e: unknown) => isAppError(e) && e.status === 403 && e.code === "STAFF.FORBIDDEN");
    }
  });
});
