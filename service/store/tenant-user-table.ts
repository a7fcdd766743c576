import { createHash } from "node:crypto";

/**
 * Where a tenant's users live: one table per customer tenant ("table per tenant", Azure's multitenant storage
 * guidance), spread over partitions by the first character of the user id.
 * - The table is the tenant's own: a scan or a write never touches another tenant's rows (in Azurite, whose cost per
 *   query and per write grows with the rows of the whole table, this keeps the nightly sweep of 1,000 tenants flat).
 * - Partitions by first character (16 for Graph's GUID ids): a 100,000-user sync stays well under the 2,000
 *   entities/s target of a single partition, and a scan in PartitionKey-then-RowKey order is still id order.
 */
export function tenantUserTableName(tenantId: string): string {
  const hex = /^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$/i.test(tenantId) ? tenantId.replace(/-/g, "").toLowerCase() : createHash("sha256").update(tenantId).digest("hex").slice(0, 32);
  return `users${hex}`;
}

/** The partition of a user's row: the id's first character (so partitions sort as the ids do). */
export function userPartition(userId: string): string {
  return userId.charAt(0);
}

/** The partition and row of the sync state (deltaLink): sorts after every user partition. */
export const syncKey = { partitionKey: "~", rowKey: "sync" } as const;
