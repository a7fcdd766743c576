import assert from "node:assert/strict";
import { createTableClientFactory } from "../../../service/store/table-client-factory.js";
import { createTenantUserRepository } from "../../../service/store/tenant-user.repository.js";
import { userPartition } from "../../../service/store/tenant-user-table.js";
import { sharedInfra } from "../../support/stack.js";

/** Backup states are merged into users' rows as existing rows; a write that names a user we lack still lands. */
describe("Tenant users: writing backup states, in Azurite", function () {
  this.timeout(30_000);
  let store: ReturnType<typeof createTenantUserRepository>;
  const tenant = "00000000-0000-4000-8000-00000000a003";
  const user = (id: string) => ({ id, displayName: `User ${id}`, userPrincipalName: `${id}@contoso.example`, mail: null, accountEnabled: true, licensed: true });
  const first = "c0000001-0000-4000-8000-000000000000";
  const second = "c0000002-0000-4000-8000-000000000000";
  const other = "10000001-0000-4000-8000-000000000000";
  const unknown = "c0000003-0000-4000-8000-000000000000";

  before(async () => {
    const { azurite } = await sharedInfra();
    store = createTenantUserRepository(createTableClientFactory(azurite.connectionString, { tablePrefix: `bk${Date.now().toString(36)}` }));
    await store.upsertDirectory(tenant, [user(first), user(second), user(other)]);
  });

  it("writes each user's state and error over the directory facts, in every partition", async () => {
    assert.notEqual(userPartition(first), userPartition(other));
    await store.setBackup(tenant, [
      { id: first, backup: "failed", backupError: "Mailbox not licensed." },
      { id: second, backup: "protected", backupError: null },
      { id: other, backup: "requested", backupError: null },
    ]);
    await store.setBackup(tenant, [{ id: first, backup: "protected", backupError: null }]);
    const stored = new Map((await store.get(tenant, [first, second, other])).map((u) => [u.id, u]));
    assert.deepEqual(stored.get(first), { ...user(first), tenantId: tenant, backup: "protected", backupError: null }, "a later state replaces the error");
    assert.equal(stored.get(second)?.backup, "protected");
    assert.equal(stored.get(other)?.backup, "requested");
  });

  it("a user we do not have does not make its partition's states fail: they are written all the same", async () => {
    assert.equal(userPartition(unknown), userPartition(first));
    await store.setBackup(tenant, [
      { id: first, backup: "failed", backupError: "Quota exceeded." },
      { id: unknown, backup: "protected", backupError: null },
    ]);
    const [stored] = await store.get(tenant, [first]);
    assert.deepEqual({ backup: stored?.backup, backupError: stored?.backupError }, { backup: "failed", backupError: "Quota exceeded." });
    assert.deepEqual(await store.get(tenant, [unknown]), [], "a state alone is not a user: it shows once the directory lists them");
    await store.upsertDirectory(tenant, [user(unknown)]);
    assert.equal((await store.get(tenant, [unknown]))[0]?.backup, "protected");
  });
});
