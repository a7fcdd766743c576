import { createHash } from "node:crypto";
import { layoutPlanningUsers } from "../ports/tenant-user-store.port.js";

/**
 * Where a tenant's users live: one table per customer tenant ("table per tenant", Azure's multitenant storage
 * guidance), in one partition for a small tenant, or spread over five by the first character of the user id.
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

/**
 * How a tenant's users are laid out, chosen once before its first full read writes a user and kept on the sync row for
 * the table's life (userPartition must give a user the same partition forever):
 * - `one`: a tenant of at most `smallTenantUsers` at its first read: every user in partition `u`, so a night's new
 *   users are one transaction per write and one query per 14 reads, instead of one per partition they fall in;
 * - `spread`: a larger tenant (or a table made before the choice existed): five partitions by the id's first character.
 */
export type UserLayout = "one" | "spread";

/** The largest tenant kept in one partition (a first sync of it is ~2.5 s of Azure's 2,000 entities/s per partition). */
export const smallTenantUsers = layoutPlanningUsers;

const hexGroups: Record<string, string> = { "0": "0", "1": "0", "2": "0", "3": "0", "4": "4", "5": "4", "6": "4", "7": "4", "8": "8", "9": "8", a: "a", b: "a", c: "c", d: "c", e: "c", f: "c" };

/** The partition of a user's row: `u` in a `one` table; else the group of the id's first character (any other is its own). */
export function userPartition(userId: string, layout: UserLayout = "spread"): string {
  if (layout === "one") return "u";
  const first = userId.charAt(0);
  return hexGroups[first] ?? first;
}

/** The partition and row of the sync state (deltaLink): sorts after every user partition. */
export const syncKey = { partitionKey: "~", rowKey: "sync" } as const;
