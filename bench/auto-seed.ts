import type { TransactionAction } from "@azure/data-tables";
import type { DirectoryUser } from "../service/index.js";
import type { AutoStack } from "./auto-stack.js";

/**
 * Makes one connected customer "already synced" without an All job, for sizes where Azurite cannot take the All's
 * writes (see docs/benchmarks.md: Azurite's merge costs time in proportion to the rows in the table, and an All merges
 * every user twice). What the first All would have left behind, made with the product's own adapters where they exist:
 * - the directory read in full with the product's `/users/delta` adapter, ending in a real deltaLink;
 * - Backup enabled, the one Exchange policy created and activated, every user added in one bulk job (product adapter);
 * - `tenantusers`: one row per user, inserted once, already `protected` — the repository's entity shape
 *   (service/store/tenant-user.repository.ts: upsertDirectory + setBackup), then the deltaLink through the repository.
 * Returns the number of users seeded.
 */
export async function seedSynced(stack: AutoStack, mspTenantId: string, tenantId: string): Promise<number> {
  const { directory, backup, tenantUsers, clock } = stack.instance.deps;
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
  const table = await stack.instance.tables.ensure("tenantusers");
  const actions: TransactionAction[] = users.map((u) => [
    "create",
    { partitionKey: tenantId, rowKey: u.id, displayName: u.displayName, userPrincipalName: u.userPrincipalName, mail: u.mail ?? "", accountEnabled: u.accountEnabled, licensed: u.licensed, backup: "protected", backupError: "" },
  ]);
  const batches: TransactionAction[][] = [];
  for (let i = 0; i < actions.length; i += 100) batches.push(actions.slice(i, i + 100));
  for (let i = 0; i < batches.length; i += 4) await Promise.all(batches.slice(i, i + 4).map((batch) => table.submitTransaction(batch)));
  await tenantUsers.setDeltaLink(tenantId, deltaLink, clock.now().toISOString());
  return users.length;
}
