import assert from "node:assert/strict";
import { startStorageCounter, type StorageCounter } from "../../../scripts/lib/storage-counter.js";
import { createTableClientFactory } from "../../../service/store/table-client-factory.js";
import { createTenantUserRepository } from "../../../service/store/tenant-user.repository.js";
import { sharedInfra } from "../../support/stack.js";

/** A cold process's first request of a tenant (the deltaLink read) tells whether the tenant's table exists. */
describe("Tenant users: the table is created only when a read shows it missing, in Azurite", function () {
  this.timeout(30_000);
  const prefix = `tc${Date.now().toString(36)}`;
  let counter: StorageCounter;
  let counted: string;
  let direct: string;
  const coldStore = (connectionString: string) => createTenantUserRepository(createTableClientFactory(connectionString, { tablePrefix: prefix }));
  const user = (id: string) => ({ id, displayName: `User ${id}`, userPrincipalName: `${id}@contoso.example`, mail: null, accountEnabled: true, licensed: true });

  before(async () => {
    direct = (await sharedInfra()).azurite.connectionString;
    const port = Number(/TableEndpoint=http:\/\/127\.0\.0\.1:(\d+)\//.exec(direct)![1]);
    counter = await startStorageCounter(port, prefix);
    counted = direct.replace(/TableEndpoint=http:\/\/127\.0\.0\.1:\d+\//, `TableEndpoint=http://127.0.0.1:${counter.port}/`);
  });
  after(() => counter?.close());

  it("a synced tenant: the deltaLink read finds the table, and the writes after it create nothing", async () => {
    const tenant = "00000000-0000-4000-8000-00000000c001";
    const first = coldStore(direct);
    await first.setDeltaLink(tenant, "https://graph.microsoft.com/v1.0/users/delta?$deltatoken=a", new Date().toISOString(), { full: true });
    counter.reset();
    const cold = coldStore(counted);
    assert.equal((await cold.getDeltaLink(tenant)).deltaLink, "https://graph.microsoft.com/v1.0/users/delta?$deltatoken=a");
    await cold.upsertDirectory(tenant, [user("a0000000-0000-4000-8000-000000000001")], { insertFirst: true });
    assert.equal(counter.counts()["table create-table"] ?? 0, 0, JSON.stringify(counter.counts()));
    assert.equal((await cold.get(tenant, ["a0000000-0000-4000-8000-000000000001"])).length, 1);
  });

  it("a tenant never synced: the read says there is nothing, and the first write creates the table", async () => {
    const tenant = "00000000-0000-4000-8000-00000000c002";
    counter.reset();
    const cold = coldStore(counted);
    assert.deepEqual(await cold.getDeltaLink(tenant), { deltaLink: null, syncedAt: null });
    await cold.upsertDirectory(tenant, [user("b0000000-0000-4000-8000-000000000001")]);
    assert.equal(counter.counts()["table create-table"], 1, JSON.stringify(counter.counts()));
    assert.equal((await coldStore(direct).get(tenant, ["b0000000-0000-4000-8000-000000000001"])).length, 1);
  });
});
