import { odata, type TableClient } from "@azure/data-tables";
import type { StoredUser, TenantUserStore } from "../ports/tenant-user-store.port.js";
import { getOrNull, translateStorageError } from "./table-errors.js";
import { submitInBatches } from "./table-batches.js";
import type { TableClientFactory } from "./table-client-factory.js";

type UserEntity = Omit<StoredUser, "tenantId" | "id"> & { partitionKey: string; rowKey: string };
const syncRow = "~sync";

/** Tenant users in `tenantusers`: partition = tenant id, row = user id; the row `~sync` holds the deltaLink. */
export function createTenantUserRepository(tables: TableClientFactory): TenantUserStore {
  const table = (): Promise<TableClient> => tables.ensure("tenantusers");
  return {
    async upsertDirectory(tenantId, users) {
      const client = await table();
      const actions = users.map((u) => ["upsert", { partitionKey: tenantId, rowKey: u.id, displayName: u.displayName, userPrincipalName: u.userPrincipalName, mail: u.mail ?? "", accountEnabled: u.accountEnabled, licensed: u.licensed }, "Merge"] as const);
      await submitInBatches(client, actions.map((a) => [...a]), "tenant users");
    },
    async remove(tenantId, userIds) {
      const client = await table();
      await submitInBatches(client, userIds.map((id) => ["upsert", { partitionKey: tenantId, rowKey: id, removed: true }, "Merge"]), "tenant users");
    },
    async setBackup(tenantId, updates) {
      const client = await table();
      await submitInBatches(client, updates.map((u) => ["upsert", { partitionKey: tenantId, rowKey: u.id, backup: u.backup, backupError: u.backupError ?? "" }, "Merge"]), "backup states");
    },
    async get(tenantId, userIds) {
      const client = await table();
      const rows = await Promise.all(userIds.map((id) => getOrNull(() => client.getEntity<UserEntity & { removed?: boolean }>(tenantId, id), "tenant user")));
      const out: StoredUser[] = [];
      for (const row of rows) if (row && !row.removed && row.userPrincipalName) out.push(fromEntity(tenantId, row));
      return out;
    },
    async *scan(tenantId) {
      const client = await table();
      try {
        const pages = client.listEntities<UserEntity & { removed?: boolean }>({ queryOptions: { filter: odata`PartitionKey eq ${tenantId} and RowKey ne ${syncRow}` } }).byPage({ maxPageSize: 1000 });
        for await (const page of pages) yield page.filter((r) => !r.removed && r.userPrincipalName).map((r) => fromEntity(tenantId, r));
      } catch (error) {
        throw translateStorageError(error, "tenant users");
      }
    },
    async getDeltaLink(tenantId) {
      const client = await table();
      const row = await getOrNull(() => client.getEntity<{ deltaLink: string; syncedAt: string }>(tenantId, syncRow), "user sync state");
      return { deltaLink: row?.deltaLink ?? null, syncedAt: row?.syncedAt ?? null };
    },
    async setDeltaLink(tenantId, deltaLink, syncedAt) {
      const client = await table();
      try {
        await client.upsertEntity({ partitionKey: tenantId, rowKey: syncRow, deltaLink, syncedAt }, "Replace");
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
