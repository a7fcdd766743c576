import assert from "node:assert/strict";
import { createTableClientFactory } from "../../../service/store/table-client-factory.js";
import { createTenantUserRepository } from "../../../service/store/tenant-user.repository.js";
import { userPartition } from "../../../service/store/tenant-user-table.js";
import { sharedInfra } from "../../support/stack.js";

/** An incremental sync inserts first: what it created is known to be new (off), the rest is merged, nothing is lost. */
describe("Tenant users: writing a delta page insert-first, in Azurite", function () {
  this.timeout(30_000);
  let store: ReturnType<typeof createTenantUserRepository>;
  const tenant = "00000000-0000-4000-8000-00000000a002";
  const user = (id: string, name = `User ${id}`) => ({ id, displayName: name, userPrincipalName: `${id}@contoso.example`, mail: null, accountEnabled: true, licensed: true });
  const known = "a0000001-0000-4000-8000-000000000000";
  const gone = "b0000001-0000-4000-8000-000000000000";
  // Two new users in the known user's partition, and three in partitions of their own.
  const besideKnown = ["a0000002-0000-4000-8000-000000000000", "a0000003-0000-4000-8000-000000000000"];
  const elsewhere = ["00000001-0000-4000-8000-000000000000", "50000001-0000-4000-8000-000000000000", "f0000001-0000-4000-8000-000000000000"];

  before(async () => {
    const { azurite } = await sharedInfra();
    store = createTenantUserRepository(createTableClientFactory(azurite.connectionString, { tablePrefix: `ins${Date.now().toString(36)}` }));
    await store.upsertDirectory(tenant, [user(known), user(gone)]);
    await store.setBackup(tenant, [{ id: known, backup: "protected", backupError: null }]);
    await store.remove(tenant, [gone]);
  });

  it("returns only users that were not there; a partition holding a known user is merged, keeping its backup state", async () => {
    assert.ok(besideKnown.every((id) => userPartition(id) === userPartition(known)));
    assert.ok(elsewhere.every((id) => userPartition(id) !== userPartition(known)));
    const page = [user(known, "Renamed"), ...[...besideKnown, ...elsewhere].map((id) => user(id))];
    const created = await store.upsertDirectory(tenant, [...page, user(elsewhere[0]!, "Named twice")], { insertFirst: true });
    assert.deepEqual([...created].sort(), [...elsewhere].sort(), "the new users beside a known one are merged, not claimed as new");
    const stored = await store.get(tenant, [known, ...besideKnown, ...elsewhere]);
    assert.equal(stored.length, 6, "every user of the page is stored");
    assert.deepEqual(stored.find((u) => u.id === known), { ...user(known, "Renamed"), tenantId: tenant, backup: "protected", backupError: null });
    assert.ok(stored.filter((u) => u.id !== known).every((u) => u.backup === "off"));
    assert.equal(stored.find((u) => u.id === elsewhere[0])!.displayName, "Named twice", "the last the page says of a user wins");
  });

  it("brings back a user removed before when the directory lists it again", async () => {
    assert.deepEqual(await store.get(tenant, [gone]), []);
    assert.deepEqual(await store.upsertDirectory(tenant, [user(gone)], { insertFirst: true }), [], "it was there (removed), so not new");
    assert.deepEqual((await store.get(tenant, [gone])).map((u) => u.id), [gone]);
  });
});
