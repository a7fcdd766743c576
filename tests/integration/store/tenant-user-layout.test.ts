import assert from "node:assert/strict";
import { TableClient } from "@azure/data-tables";
import { layoutPlanningUsers } from "../../../service/ports/tenant-user-store.port.js";
import { createTableClientFactory } from "../../../service/store/table-client-factory.js";
import { createTenantUserRepository } from "../../../service/store/tenant-user.repository.js";
import { syncKey, tenantUserTableName } from "../../../service/store/tenant-user-table.js";
import { sharedInfra } from "../../support/stack.js";

/** A tenant's users are laid out once, before its first full read writes any: one partition when small, else spread. */
describe("Tenant users: the storage layout chosen at the first read, in Azurite", function () {
  this.timeout(30_000);
  const prefix = `lay${Date.now().toString(36)}`;
  let connectionString: string;
  const store = () => createTenantUserRepository(createTableClientFactory(connectionString, { tablePrefix: prefix }));
  const user = (id: string) => ({ id, displayName: `User ${id}`, userPrincipalName: `${id}@contoso.example`, mail: null, accountEnabled: true, licensed: true });
  const ids = ["0a000000-0000-4000-8000-000000000001", "5a000000-0000-4000-8000-000000000002", "fa000000-0000-4000-8000-000000000003"];
  const partitions = async (tenantId: string): Promise<string[]> => {
    const raw = TableClient.fromConnectionString(connectionString, `${prefix}${tenantUserTableName(tenantId)}`, { allowInsecureConnection: true });
    const keys = new Set<string>();
    for await (const row of raw.listEntities()) if (row.partitionKey !== syncKey.partitionKey) keys.add(row.partitionKey!);
    return [...keys].sort();
  };

  before(async () => {
    connectionString = (await sharedInfra()).azurite.connectionString;
  });

  it("a small tenant's users share one partition, and another process finds them there", async () => {
    const tenant = "00000000-0000-4000-8000-00000000b001";
    await store().planLayout(tenant, ids.length);
    await store().upsertDirectory(tenant, ids.map(user));
    assert.deepEqual(await partitions(tenant), ["u"]);
    const other = store();
    await other.setBackup(tenant, [{ id: ids[1]!, backup: "protected", backupError: null }]);
    assert.deepEqual((await other.get(tenant, ids)).map((u) => [u.id, u.backup]), [[ids[0], "off"], [ids[1], "protected"], [ids[2], "off"]]);
    assert.deepEqual(await partitions(tenant), ["u"], "the state went onto the same rows");
  });

  it("a tenant larger than the limit is spread over partitions by the id's first character", async () => {
    const tenant = "00000000-0000-4000-8000-00000000b002";
    await store().planLayout(tenant, layoutPlanningUsers + 1);
    await store().upsertDirectory(tenant, ids.map(user));
    assert.deepEqual(await partitions(tenant), ["0", "4", "c"]);
  });

  it("a tenant already synced keeps its layout when planned again (a full read after an expired deltaLink)", async () => {
    const tenant = "00000000-0000-4000-8000-00000000b003";
    // Users written before any plan (as by a table made before the choice existed) are spread, and stay spread.
    await store().upsertDirectory(tenant, ids.slice(0, 2).map(user));
    await store().planLayout(tenant, 1);
    await store().upsertDirectory(tenant, ids.slice(2).map(user));
    assert.deepEqual(await partitions(tenant), ["0", "4", "c"]);
    assert.equal((await store().get(tenant, ids)).length, 3);
  });
});
