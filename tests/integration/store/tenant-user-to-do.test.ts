import assert from "node:assert/strict";
import { createTableClientFactory } from "../../../service/store/table-client-factory.js";
import { createTenantUserRepository } from "../../../service/store/tenant-user.repository.js";
import { sharedInfra } from "../../support/stack.js";

/** The tenant's to-do list in Azurite: what marks it complete, what makes it incomplete again, and its bounds. */
describe("Tenant users: the to-do list's rules, in Azurite", function () {
  this.timeout(30_000);
  let store: ReturnType<typeof createTenantUserRepository>;
  let other: ReturnType<typeof createTenantUserRepository>;
  const guid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;

  before(async () => {
    const { azurite } = await sharedInfra();
    const tablePrefix = `todo${Date.now().toString(36)}`;
    store = createTenantUserRepository(createTableClientFactory(azurite.connectionString, { tablePrefix }));
    other = createTenantUserRepository(createTableClientFactory(azurite.connectionString, { tablePrefix })); // another instance
  });

  it("is incomplete until an All covers the latest full read, and a later full read makes it incomplete again", async () => {
    const tenant = guid(1);
    assert.deepEqual(await store.readToDo(tenant), { ids: [], fullReadAt: null, complete: false });
    await store.setDeltaLink(tenant, "https://graph/delta?1", "2026-12-01T10:00:00.000Z", { full: true });
    assert.equal((await store.readToDo(tenant)).complete, false);
    await store.coverToDo(tenant, "2026-12-01T10:00:00.000Z");
    assert.equal((await store.readToDo(tenant)).complete, true);
    await store.setDeltaLink(tenant, "https://graph/delta?2", "2026-12-01T11:00:00.000Z", { full: false, noted: [guid(7), guid(3)] });
    assert.deepEqual(await store.readToDo(tenant), { ids: [guid(7), guid(3)], fullReadAt: "2026-12-01T10:00:00.000Z", complete: true }, "an incremental read notes, and keeps it complete");
    assert.deepEqual(await store.getDeltaLink(tenant), { deltaLink: "https://graph/delta?2", syncedAt: "2026-12-01T11:00:00.000Z" });
    await store.setDeltaLink(tenant, "https://graph/delta?3", "2026-12-01T12:00:00.000Z", { full: true });
    assert.deepEqual(await store.readToDo(tenant), { ids: [], fullReadAt: "2026-12-01T12:00:00.000Z", complete: false }, "a full read may bring users nobody noted: All reads everyone");
  });

  it("notes without duplicates, clears only what is noted, and survives writers racing on the same row", async () => {
    const tenant = guid(2);
    await store.setDeltaLink(tenant, "https://graph/delta?1", "2026-12-01T10:00:00.000Z", { full: true });
    await store.coverToDo(tenant, "2026-12-01T10:00:00.000Z");
    await Promise.all([store.noteToDo(tenant, [guid(1), guid(2)]), store.noteToDo(tenant, [guid(2), guid(3)]), store.noteToDo(tenant, [guid(4)])]);
    assert.deepEqual((await store.readToDo(tenant)).ids.sort(), [guid(1), guid(2), guid(3), guid(4)]);
    await store.noteToDo(tenant, ["not,a,guid"]);
    assert.deepEqual((await store.readToDo(tenant)).ids.sort(), [guid(1), guid(2), guid(3), guid(4)], "an id with a comma is not kept (nor split)");
    await Promise.all([store.clearToDo(tenant, [guid(1), guid(9)]), store.clearToDo(tenant, [guid(3)])]);
    const after = await store.readToDo(tenant);
    assert.deepEqual(after.ids.sort(), [guid(2), guid(4)]);
    assert.equal(after.complete, true);
  });

  it("holds thousands of ids over several properties, and past 5,000 empties itself and turns incomplete", async () => {
    const tenant = guid(3);
    await store.setDeltaLink(tenant, "https://graph/delta?1", "2026-12-01T10:00:00.000Z", { full: true });
    await store.coverToDo(tenant, "2026-12-01T10:00:00.000Z");
    const many = Array.from({ length: 4_000 }, (_, i) => guid(10_000 + i));
    await store.setDeltaLink(tenant, "https://graph/delta?2", "2026-12-01T11:00:00.000Z", { full: false, noted: many });
    assert.deepEqual((await store.readToDo(tenant)).ids, many);
    await store.noteToDo(tenant, Array.from({ length: 1_001 }, (_, i) => guid(20_000 + i)));
    assert.deepEqual(await store.readToDo(tenant), { ids: [], fullReadAt: "2026-12-01T10:00:00.000Z", complete: false });
  });

  it("a deltaLink write can settle users too: noted first, settled ones off, in that one write", async () => {
    const tenant = guid(5);
    await store.setDeltaLink(tenant, "https://graph/delta?1", "2026-12-01T10:00:00.000Z", { full: true });
    await store.coverToDo(tenant, "2026-12-01T10:00:00.000Z");
    await store.noteToDo(tenant, [guid(1)]);
    const left = await store.setDeltaLink(tenant, "https://graph/delta?2", "2026-12-01T11:00:00.000Z", { full: false, noted: [guid(2), guid(3)] }, [guid(1), guid(3)]);
    assert.deepEqual(left?.ids, [guid(2)], "the write reports the list it left");
    assert.deepEqual(await other.readToDo(tenant), { ids: [guid(2)], fullReadAt: "2026-12-01T10:00:00.000Z", complete: true });
    assert.deepEqual(await other.getDeltaLink(tenant), { deltaLink: "https://graph/delta?2", syncedAt: "2026-12-01T11:00:00.000Z" });
    const state = await other.readSyncState(tenant);
    assert.deepEqual({ deltaLink: state.deltaLink, ids: state.toDo.ids }, { deltaLink: "https://graph/delta?2", ids: [guid(2)] }, "read back with the deltaLink in one read");
  });

  it("a change from the version this instance last saw is refused if another instance wrote since, and is applied again", async () => {
    const tenant = guid(4);
    await store.setDeltaLink(tenant, "https://graph/delta?1", "2026-12-01T10:00:00.000Z", { full: true });
    await store.coverToDo(tenant, "2026-12-01T10:00:00.000Z");
    await store.noteToDo(tenant, [guid(1), guid(2)]);
    assert.deepEqual((await store.readToDo(tenant)).ids, [guid(1), guid(2)]); // this instance now remembers that version
    await other.noteToDo(tenant, [guid(3)]); // …which another instance changes
    await store.clearToDo(tenant, [guid(1)]); // tried on the remembered version: 412, read again, applied again
    assert.deepEqual((await other.readToDo(tenant)).ids, [guid(2), guid(3)], "neither change is lost");
    await store.setDeltaLink(tenant, "https://graph/delta?2", "2026-12-01T11:00:00.000Z", { full: false, noted: [guid(5)] });
    assert.deepEqual(await other.readToDo(tenant), { ids: [guid(2), guid(3), guid(5)], fullReadAt: "2026-12-01T10:00:00.000Z", complete: true });
  });
});
