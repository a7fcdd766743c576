import type { DirectoryUser } from "../service/index.js";
import type { AutoStack } from "./auto-stack.js";

/**
 * Makes one connected customer "already synced" without an All job, for sizes where Azurite cannot take the All's
 * writes (see docs/benchmarks.md: Azurite's merge costs time in proportion to the rows in the table, and an All merges
 * every user twice). What the first All would have left behind, made with the product's own adapters where they exist:
 * - the directory read in full with the product's `/users/delta` adapter, ending in a real deltaLink;
 * - Backup enabled, the one Exchange policy created and activated, every user added in one bulk job (product adapter);
 * - the tenant's users stored through the product's repository, already `protected`, then the deltaLink (a full
 *   read) and the to-do list marked complete (the first All's snapshot looked at everyone);
 * - the customer's remembered set-up (its active Exchange policy), as the All's activate step leaves it.
 * Returns the number of users seeded.
 */
export async function seedSynced(stack: AutoStack, mspTenantId: string, customerId: string, tenantId: string): Promise<number> {
  const { directory, backup, tenantUsers, clock, customers } = stack.instance.deps;
  const users: DirectoryUser[] = [];
  let deltaLink: string | null = null;
  for await (const page of directory.readUsersDelta(tenantId, null)) {
    users.push(...page.users);
    deltaLink = page.deltaLink ?? deltaLink;
  }
  if (!deltaLink) throw new Error(`no deltaLink for ${tenantId}`);
  if ((await backup.getServiceStatus(tenantId)) !== "enabled") await backup.enableService(tenantId, mspTenantId);
  const policy = (await backup.findPolicy(tenantId, "exchange")) ?? (await backup.createPolicy(tenantId, "exchange", "Backup365 – Exchange mailboxes"));
  await backup.createBulkJob(tenantId, "exchange", policy.id, "Backup365 bench seed", users.map((u) => u.id));
  if (policy.status === "inactive") await backup.activatePolicy(tenantId, policy.id);
  await tenantUsers.upsertDirectory(tenantId, users);
  await tenantUsers.setBackup(tenantId, users.map((u) => ({ id: u.id, backup: "protected", backupError: null })));
  const readAt = clock.now().toISOString();
  await tenantUsers.setDeltaLink(tenantId, deltaLink, readAt, { full: true });
  await tenantUsers.coverToDo(tenantId, readAt); // as the first All's snapshot leaves it: everyone looked at
  const customer = await customers.get(mspTenantId, customerId);
  if (!customer) throw new Error(`no customer ${customerId}`);
  await customers.update({ ...customer, activePolicyIds: { exchange: policy.id } });
  return users.length;
}
