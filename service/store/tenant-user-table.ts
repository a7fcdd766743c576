import { createHash } from "node:crypto";

/**
 * Where a tenant's users live: one table per customer tenant ("table per tenant", Azure's multitenant storage
 * guidance), spread over partitions by the first character of the user id.
 * - The table is the tenant's own: a scan or a write never touches another tenant's rows (in Azurite, whose cost per
 *   query and per write grows with the rows of the whole table, this keeps the nightly sweep of 1,000 tenants flat).
 * - Partitions by the first character of the id, hex digits in five groups (0–3, 4–7, 8–9, a–b, c–f): a 100,000-user
 *   sync spreads over them (a partition's target is 2,000 entities/s), a night's handful of new users still lands in
 *   a few transactions, and a scan in PartitionKey-then-RowKey order is still id order (the grouping is monotone).
 */
export function tenantUserTableName(tenantId: string): string {
  const hex = /^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$/i.test(tenantId) ? tenantId.replace(/-/g, "").toLowerCase() : createHash("sha256").update(tenantId).digest("hex").slice(0, 32);
  return `users${hex}`;
}

const hexGroups: Record<string, string> = { "0": "0", "1": "0", "2": "0", "3": "0", "4": "4", "5": "4", "6": "4", "7": "4", "8": "8", "9": "8", a: "a", b: "a", c: "c", d: "c", e: "c", f: "c" };

/** The partition of a user's row: the group of the id's first character (any other character is its own). */
export function userPartition(userId: string): string {
  const first = userId.charAt(0);
  return hexGroups[first] ?? first;
}

/** The partition and row of the sync state (deltaLink): sorts after every user partition. */
export const syncKey = { partitionKey: "~", rowKey: "sync" } as const;
