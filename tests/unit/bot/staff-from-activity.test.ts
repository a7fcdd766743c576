import assert from "node:assert/strict";
import { staffFromActivity, tenantIdOf } from "../../../bot/identity/staff-from-activity.js";
import { mspTenantId, sampleStaff } from "./sample-customers.js";

const tenant = "72F988BF-86F1-41AF-91AB-2D7CD011DB47";

describe("tenantIdOf", () => {
  it("prefers Teams' channelData.tenant.id, then conversation.tenantId, lower-cased", () => {
    assert.equal(tenantIdOf({ channelData: { tenant: { id: tenant } }, conversation: { tenantId: mspTenantId } }), tenant.toLowerCase());
    assert.equal(tenantIdOf({ conversation: { tenantId: mspTenantId } }), mspTenantId);
  });

  it("ignores anything that is not a GUID", () => {
    assert.equal(tenantIdOf({ channelData: { tenant: { id: "contoso.com" } } }), undefined);
    assert.equal(tenantIdOf({ channelData: "junk", conversation: {} }), undefined);
    assert.equal(tenantIdOf({}), undefined);
  });
});

describe("staffFromActivity", () => {
  const staff = sampleStaff("operator");
  const directory = { findStaff: async (t: string, oid: string) => (t === staff.mspTenantId && oid === staff.oid ? staff : null) };

  it("finds staff by tenant and Entra object ID, whatever the case of the ID", async () => {
    assert.deepEqual(await staffFromActivity(directory, { from: { id: "29:1", aadObjectId: staff.oid.toUpperCase() }, tenantId: mspTenantId }), staff);
  });

  it("is null when either is missing or unknown", async () => {
    assert.equal(await staffFromActivity(directory, { from: { id: "29:1" }, tenantId: mspTenantId }), null);
    assert.equal(await staffFromActivity(directory, { from: { id: "29:1", aadObjectId: staff.oid } }), null);
    assert.equal(await staffFromActivity(directory, { from: { id: "29:1", aadObjectId: "not-a-guid" }, tenantId: mspTenantId }), null);
  });

  it("refuses a directory answer for someone else", async () => {
    const wrong = { findStaff: async () => ({ ...staff, mspTenantId: tenant.toLowerCase() }) };
    assert.equal(await staffFromActivity(wrong, { from: { id: "29:1", aadObjectId: staff.oid }, tenantId: mspTenantId }), null);
  });
});
