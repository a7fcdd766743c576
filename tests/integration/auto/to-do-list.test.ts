import assert from "node:assert/strict";
import { TableClient } from "@azure/data-tables";
import { syncKey, tenantUserTableName } from "../../../service/store/tenant-user-table.js";
import { devtenantAdmin } from "../../support/devtenant-admin.js";
import { connectFreshTenant, waitForJob } from "../../support/jobs.js";
import { apiClient, signIn, staffUpns } from "../../support/sign-in.js";
import { startProduct, type TestProduct } from "../../support/stack.js";

/**
 * All (and so every Enable Auto night) reads only the tenant's to-do list once an All has looked at everyone:
 * users new since (noted by the incremental delta sync) and users left failed. What storage holds is checked
 * directly: the list's rows, and the sync row's mark of what the list covers.
 */
describe("All after the first: only the users new since, or left failed (the tenant's to-do list)", function () {
  this.timeout(120_000);
  let product: TestProduct;
  let api: ReturnType<typeof apiClient>;
  let tenantId: string;
  let users: TableClient;
  const admin = () => devtenantAdmin(product.infra.devtenant.url);

  before(async () => {
    product = await startProduct();
    await admin().backupSettings({ protectAfterMs: 200, jobCompleteAfterMs: 100, failureRate: 0 });
    const token = await signIn(product.url, staffUpns.operator);
    api = apiClient(product.url, token);
    ({ tenantId } = await connectFreshTenant(product.url, product.infra.devtenant.url, token, "contoso-dental", 30));
    users = TableClient.fromConnectionString(product.infra.azurite.connectionString, `${product.config.tablePrefix}${tenantUserTableName(tenantId)}`, { allowInsecureConnection: true });
  });
  after(async () => {
    await admin().backupSettings({ failureRate: 0 });
    await product?.close();
  });

  const syncRow = () => users.getEntity<{ fullReadAt?: string; toDoCovers?: string; toDo0?: string }>(syncKey.partitionKey, syncKey.rowKey);
  const noted = async (): Promise<string[]> => ((await syncRow()).toDo0 ?? "").split(",").filter(Boolean).sort();
  const runAll = async () => {
    const started = await api.post("/api/customers/contoso-dental/enable", { all: true });
    assert.equal(started.status, 200, JSON.stringify(started.body));
    return waitForJob(api, "contoso-dental", started.body.job.id);
  };
  const enableOne = async (userId: string) => {
    const started = await api.post("/api/customers/contoso-dental/enable", { userIds: [userId] });
    assert.equal(started.status, 200, JSON.stringify(started.body));
    return waitForJob(api, "contoso-dental", started.body.job.id);
  };
  const firstUser = async (): Promise<{ id: string }> => (await api.get("/api/customers/contoso-dental/users?pageSize=5")).body.users[0];

  it("before any All the list is incomplete, so the first All reads every user and then marks the list complete", async () => {
    const one = await enableOne((await firstUser()).id);
    assert.equal(one.status, "done");
    const before = await syncRow();
    assert.ok(before.fullReadAt, "the first sync was a full read");
    assert.equal(before.toDoCovers, undefined, "no All has looked at everyone yet");
    await admin().addUsers(tenantId, 3);
    const all = await runAll();
    assert.equal(all.status, "done");
    assert.equal(all.counts.total, 30 - 1 + 3, "everyone still off: the 29 never enabled and the 3 new");
    const after = await syncRow();
    assert.equal(after.toDoCovers, after.fullReadAt, "the list now covers the full read");
    assert.deepEqual(await noted(), [], "nothing left to do: every noted user was submitted");
  });

  it("the next All targets exactly the users created since, noted by the incremental sync", async () => {
    await admin().addUsers(tenantId, 4);
    const all = await runAll();
    assert.equal(all.status, "done");
    assert.equal(all.counts.total, 4);
    assert.equal(all.counts.protected, 4);
    assert.deepEqual(await noted(), []);
    const summary = (await api.get("/api/customers/contoso-dental/protection")).body;
    assert.equal(summary.off, 0);
    assert.equal(summary.protected, summary.totalUsers);
  });

  it("users that failed stay on the list and the next All tries them again", async () => {
    await admin().addUsers(tenantId, 2);
    await admin().backupSettings({ failureRate: 1 });
    const failed = await runAll();
    assert.equal(failed.status, "doneWithErrors");
    assert.equal(failed.counts.failed, 2);
    const failedIds = failed.failures.map((f: { userId: string }) => f.userId).sort();
    assert.deepEqual(await noted(), failedIds, "the failed users are back on the list");
    await admin().backupSettings({ failureRate: 0 });
    const retried = await runAll();
    assert.equal(retried.status, "done");
    assert.equal(retried.counts.total, 2, "only the two that failed");
    assert.deepEqual(await noted(), []);
  });

  it("a user noted because it changed, but already protected, is taken off the list without a job target", async () => {
    const protectedUser = await firstUser();
    await users.updateEntity({ ...syncKey, toDo0: protectedUser.id }, "Merge");
    const all = await runAll();
    assert.equal(all.counts.total, 0);
    assert.deepEqual(await noted(), []);
  });

  it("a delta with new users and a renamed protected one: the new ones are the targets, the renamed one stays protected", async () => {
    const renamed = await firstUser();
    await admin().updateUser(tenantId, renamed.id, { displayName: "Renamed Person" });
    const added: Array<{ id: string }> = (await admin().addUsers(tenantId, 2)).users;
    const all = await runAll();
    assert.equal(all.status, "done");
    assert.equal(all.counts.total, 2, "only the new users");
    const listed: Array<{ id: string; displayName: string; backup: string }> = (await api.get("/api/customers/contoso-dental/users?pageSize=100")).body.users;
    const row = (id: string) => listed.find((u) => u.id === id);
    assert.deepEqual({ name: row(renamed.id)?.displayName, backup: row(renamed.id)?.backup }, { name: "Renamed Person", backup: "protected" });
    assert.deepEqual(added.map((u) => row(u.id)?.backup), ["protected", "protected"]);
    assert.deepEqual(await noted(), []);
  });
});
