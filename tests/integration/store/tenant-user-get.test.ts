import assert from "node:assert/strict";
import { createTableClientFactory } from "../../../service/store/table-client-factory.js";
import { createTenantUserRepository } from "../../../service/store/tenant-user.repository.js";
import { userPartition } from "../../../service/store/tenant-user-table.js";
import { sharedInfra } from "../../support/stack.js";

/** Reading named users: one query per 14 users of a partition (Azure's 15-comparison `$filter` limit), in Azurite. */
describe("Tenant users: reading named users, in Azurite", function () {
  this.timeout(30_000);
  let store: ReturnType<typeof createTenantUserRepository>;
  const tenant = "00000000-0000-4000-8000-00000000a001";
  const user = (id: string) => ({ id, displayName: `User ${id}`, userPrincipalName: `${id}@contoso.example`, mail: null, accountEnabled: true, licensed: true });
  // 40 users sharing the first hex digit (one partition: three queries), and 10 spread over every other partition.
  const crowded = Array.from({ length: 40 }, (_, i) => `a${String(i).padStart(7, "0")}-0000-4000-8000-000000000000`);
  const spread = Array.from({ length: 10 }, (_, i) => `${"0123456789"[i]}0000000-0000-4000-8000-00000000000${i}`);

  before(async () => {
    const { azurite } = await sharedInfra();
    store = createTenantUserRepository(createTableClientFactory(azurite.connectionString, { tablePrefix: `get${Date.now().toString(36)}` }));
    await store.upsertDirectory(tenant, [...crowded, ...spread, "o'brien", "o'neil"].map(user));
    await store.setBackup(tenant, [{ id: crowded[5]!, backup: "protected", backupError: null }]);
    await store.remove(tenant, [crowded[6]!]);
  });

  it("returns every stored user asked for, in the order asked, once each, with its backup state", async () => {
    assert.equal(new Set(crowded.map((id) => userPartition(id))).size, 1, "the crowded users share a partition");
    const asked = [...spread.slice().reverse(), ...crowded, crowded[0]!];
    const got = await store.get(tenant, asked);
    const expected = [...spread.slice().reverse(), ...crowded.filter((id) => id !== crowded[6])];
    assert.deepEqual(got.map((u) => u.id), expected, "a removed user is not returned; a repeated id once");
    assert.equal(got.find((u) => u.id === crowded[5])!.backup, "protected");
    assert.equal(got.find((u) => u.id === crowded[7])!.backup, "off");
    assert.equal(got.find((u) => u.id === crowded[39])!.displayName, `User ${crowded[39]}`);
  });

  it("leaves out users it does not hold, and reads ids with a quote (escaped in the filter)", async () => {
    const got = await store.get(tenant, ["b9999999-0000-4000-8000-000000000000", crowded[1]!, "o'brien", crowded[2]!, "o'neil", "/not-a-key"]);
    assert.deepEqual(got.map((u) => u.id), [crowded[1], "o'brien", crowded[2], "o'neil"]);
    assert.deepEqual(await store.get(tenant, []), []);
  });

  it("scans every stored user's state alone (the weekly check's read), without removed users or the sync row", async () => {
    const states = [];
    for await (const page of store.scanStates(tenant)) states.push(...page);
    const all = [...crowded, ...spread, "o'brien", "o'neil"].filter((id) => id !== crowded[6]);
    assert.deepEqual(states.map((u) => u.id).sort(), [...all].sort());
    assert.deepEqual(states.find((u) => u.id === crowded[5]), { id: crowded[5], backup: "protected", backupError: null });
    assert.deepEqual(Object.keys(states[0]!).sort(), ["backup", "backupError", "id"]);
  });
});
