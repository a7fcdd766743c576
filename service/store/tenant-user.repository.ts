import { type TableClient, type TransactionAction } from "@azure/data-tables";
import type { StoredUser, TenantUserStore } from "../ports/tenant-user-store.port.js";
import { getOrNull, isStorableKey, translateStorageError } from "./table-errors.js";
import { submitInBatches } from "./table-batches.js";
import type { TableClientFactory } from "./table-client-factory.js";
import { syncKey, tenantUserTableName, userPartition } from "./tenant-user-table.js";

type UserEntity = Omit<StoredUser, "tenantId" | "id"> & { partitionKey: string; rowKey: string; removed?: boolean };

/** Tenant users, one table per tenant (see tenant-user-table.ts); the row `~/sync` holds the deltaLink. */
export function createTenantUserRepository(tables: TableClientFactory): TenantUserStore {
  const table = (tenantId: string): Promise<TableClient> => tables.ensure(tenantUserTableName(tenantId));
  const merge = async (tenantId: string, rows: Array<Record<string, unknown> & { rowKey: string }>, what: string): Promise<void> => {
    const actions: TransactionAction[] = rows.map((row) => ["upsert", { ...row, partitionKey: userPartition(row.rowKey) }, "Merge"]);
    await submitInBatches(await table(tenantId), actions, what);
  };
  return {
    async upsertDirectory(tenantId, users) {
      const rows = users.map((u) => ({ rowKey: u.id, displayName: u.displayName, userPrincipalName: u.userPrincipalName, mail: u.mail ?? "", accountEnabled: u.accountEnabled, licensed: u.licensed }));
      await merge(tenantId, rows, "tenant users");
    },
    async remove(tenantId, userIds) {
      await merge(tenantId, userIds.map((id) => ({ rowKey: id, removed: true })), "tenant users");
    },
    async setBackup(tenantId, updates) {
      await merge(tenantId, updates.map((u) => ({ rowKey: u.id, backup: u.backup, backupError: u.backupError ?? "" })), "backup states");
    },
    async get(tenantId, userIds) {
      const client = await table(tenantId);
      const wanted = userIds.filter(isStorableKey);
      const rows = await Promise.all(wanted.map((id) => getOrNull(() => client.getEntity<UserEntity>(userPartition(id), id), "tenant user")));
      const out: StoredUser[] = [];
      for (const row of rows) if (row && !row.removed && row.userPrincipalName) out.push(fromEntity(tenantId, row));
      return out;
    },
    async *scan(tenantId) {
      const client = await table(tenantId);
      try {
        const pages = client.listEntities<UserEntity>().byPage({ maxPageSize: 1000 });
        for await (const page of pages) yield page.filter((r) => r.partitionKey !== syncKey.partitionKey && !r.removed && r.userPrincipalName).map((r) => fromEntity(tenantId, r));
      } catch (error) {
        throw translateStorageError(error, "tenant users");
      }
    },
    async getDeltaLink(tenantId) {
      const client = await table(tenantId);
      const row = await getOrNull(() => client.getEntity<{ deltaLink: string; syncedAt: string }>(syncKey.partitionKey, syncKey.rowKey), "user sync state");
      return { deltaLink: row?.deltaLink ?? null, syncedAt: row?.syncedAt ?? null };
    },
    async setDeltaLink(tenantId, deltaLink, syncedAt) {
      const client = await table(tenantId);
      try {
        await client.upsertEntity({ ...syncKey, deltaLink, syncedAt }, "Replace");
      } catch (error) {
        throw translateStorageError(error, "user sync state");
      }
    },
  };
}

function fromEntity(tenantId: string, row: UserEntity): StoredUser {
  return {
    tenantId,
    id: row.rowKey,
    displayName: row.displayName,
    userPrincipalName: row.userPrincipalName,
    mail: row.mail || null,
    accountEnabled: row.accountEnabled,
    licensed: row.licensed,
    backup: row.backup ?? "off",
    backupError: row.backupError || null,
  };
}
