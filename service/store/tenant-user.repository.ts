import { odata, type TableClient, type TransactionAction } from "@azure/data-tables";
import type { StoredUser, TenantUserStore, ToDo } from "../ports/tenant-user-store.port.js";
import { getOrNull, isEntityMissing, isStorableKey, storageStatus, translateStorageError } from "./table-errors.js";
import { insertOrMergeInBatches, mergeExistingInBatches, submitInBatches } from "./table-batches.js";
import type { TableClientFactory } from "./table-client-factory.js";
import { syncKey, tenantUserTableName, userPartition } from "./tenant-user-table.js";

type UserEntity = Omit<StoredUser, "tenantId" | "id"> & { partitionKey: string; rowKey: string; removed?: boolean };

/** The sync row: deltaLink, when the directory was last read in full, what the to-do list covers, and the list. */
type SyncEntity = { deltaLink?: string; syncedAt?: string; fullReadAt?: string; toDoCovers?: string } & Record<string, unknown>;

/**
 * The to-do list lives on the sync row (one point read in Azure and in Azurite, where any query scans the table): the
 * ids comma-joined over properties of at most 30,000 characters (Azure's limit is 32K per string). Past `toDoLimit`
 * users the list is emptied and marked incomplete: the next All reads everyone, which is then what changed anyway.
 */
const toDoLimit = 5_000;
const toDoChunk = 30_000;

/** Users read by one query: Azure allows 15 comparisons in a `$filter`, one of them the partition's. */
const rowKeysPerQuery = 14;

/** Tenant users, one table per tenant (see tenant-user-table.ts); the row `~/sync` holds the deltaLink. */
export function createTenantUserRepository(tables: TableClientFactory): TenantUserStore {
  const table = (tenantId: string): Promise<TableClient> => tables.ensure(tenantUserTableName(tenantId));
  const memo = new SyncMemo();
  const readSync = (client: TableClient) => readSyncRow(client, memo);
  const changeSync = (client: TableClient, change: (row: SyncEntity | null) => SyncEntity | null) => changeSyncRow(client, memo, change);
  const merge = async (tenantId: string, rows: UserRow[], what: string): Promise<void> => {
    const actions: TransactionAction[] = withPartitions(rows).map((entity) => ["upsert", entity, "Merge"]);
    await submitInBatches(await table(tenantId), actions, what);
  };
  const readSyncState = async (tenantId: string) => {
    // The first request a night makes of the tenant's table, so it also tells whether the table exists.
    const unchecked = tables.unchecked(tenantUserTableName(tenantId));
    const row = await readSyncRow(unchecked.client, memo, unchecked.found);
    return { deltaLink: row?.deltaLink ?? null, syncedAt: row?.syncedAt ?? null, toDo: toDoState(row) };
  };
  return {
    async upsertDirectory(tenantId, users, options = {}) {
      // One row per user (a transaction may not touch an entity twice): the last the page says of a user wins.
      const latest = [...new Map(users.map((u) => [u.id, u])).values()];
      const rows = latest.map((u) => ({ rowKey: u.id, displayName: u.displayName, userPrincipalName: u.userPrincipalName, mail: u.mail ?? "", accountEnabled: u.accountEnabled, licensed: u.licensed, removed: false }));
      if (!options.insertFirst) {
        await merge(tenantId, rows, "tenant users");
        return [];
      }
      return insertOrMergeInBatches(await table(tenantId), withPartitions(rows), "tenant users");
    },
    async remove(tenantId, userIds) {
      await merge(tenantId, userIds.map((id) => ({ rowKey: id, removed: true })), "tenant users");
    },
    async setBackup(tenantId, updates) {
      // The users whose state is written are in the store (a job's targets come from it): merged as existing rows.
      const rows = withPartitions(updates.map((u) => ({ rowKey: u.id, backup: u.backup, backupError: u.backupError ?? "" })));
      await mergeExistingInBatches(await table(tenantId), rows, "backup states");
    },
    async get(tenantId, userIds) {
      const client = await table(tenantId);
      const wanted = [...new Set(userIds.filter(isStorableKey))];
      const byPartition = new Map<string, string[]>();
      for (const id of wanted) byPartition.set(userPartition(id), [...(byPartition.get(userPartition(id)) ?? []), id]);
      // A lone user of its partition is one point read; several are read by one query per 14 (a request, not 14).
      const reads: Array<Promise<UserEntity[]>> = [];
      for (const [partition, ids] of byPartition) {
        if (ids.length === 1) reads.push(getOrNull(() => client.getEntity<UserEntity>(partition, ids[0]!), "tenant user").then((row) => (row ? [row] : [])));
        else for (let i = 0; i < ids.length; i += rowKeysPerQuery) reads.push(queryRows(client, partition, ids.slice(i, i + rowKeysPerQuery)));
      }
      const rows = new Map((await Promise.all(reads)).flat().map((row) => [row.rowKey, row]));
      const out: StoredUser[] = [];
      for (const id of wanted) {
        const row = rows.get(id);
        if (row && !row.removed && row.userPrincipalName) out.push(fromEntity(tenantId, row));
      }
      return out;
    },
    async *scan(tenantId) {
      for await (const page of scanRows(await table(tenantId))) yield page.map((r) => fromEntity(tenantId, r));
    },
    async *scanStates(tenantId) {
      const select = ["partitionKey", "rowKey", "userPrincipalName", "removed", "backup", "backupError"];
      for await (const page of scanRows(await table(tenantId), select)) yield page.map((r) => ({ id: r.rowKey, backup: r.backup ?? "off", backupError: r.backupError || null }));
    },
    async getDeltaLink(tenantId) {
      const { deltaLink, syncedAt } = await readSyncState(tenantId);
      return { deltaLink, syncedAt };
    },
    readSyncState,
    async setDeltaLink(tenantId, deltaLink, syncedAt, read, settled = []) {
      const client = await table(tenantId);
      if (!read.full && read.noted.length === 0 && settled.length === 0) {
        await mergeSync(client, memo, { deltaLink, syncedAt }); // nothing to note: no read
        return null;
      }
      const gone = new Set(settled);
      const written = await changeSync(client, (row) =>
        read.full
          ? { ...withToDo(row, []), deltaLink, syncedAt, fullReadAt: syncedAt }
          : { ...withToDo(row, [...toDoOf(row), ...read.noted].filter((id) => !gone.has(id))), deltaLink, syncedAt },
      );
      return written ? toDoState(written) : null;
    },
    async readToDo(tenantId) {
      return toDoState(await readSync(await table(tenantId)));
    },
    async noteToDo(tenantId, userIds) {
      if (userIds.length > 0) await changeSync(await table(tenantId), (row) => withToDo(row, [...toDoOf(row), ...userIds]));
    },
    async clearToDo(tenantId, userIds) {
      const gone = new Set(userIds);
      await changeSync(await table(tenantId), (row) => {
        const ids = toDoOf(row);
        return ids.some((id) => gone.has(id)) ? withToDo(row, ids.filter((id) => !gone.has(id))) : null;
      });
    },
    async coverToDo(tenantId, fullReadAt) {
      await changeSync(await table(tenantId), (row) => ({ ...(row ?? {}), toDoCovers: fullReadAt ?? "" }));
    },
  };
}

/** A user row's properties, keyed by the user id. */
type UserRow = Record<string, unknown> & { rowKey: string };

/** User rows with the partition their id puts them in (tenant-user-table.ts). */
function withPartitions(rows: UserRow[]): Array<UserRow & { partitionKey: string }> {
  return rows.map((row) => ({ ...row, partitionKey: userPartition(row.rowKey) }));
}

/** Merge: the sync step's fields and the to-do list's fields live on one row without overwriting each other. */
async function mergeSync(client: TableClient, memo: SyncMemo, fields: SyncEntity): Promise<void> {
  memo.forget(client.tableName);
  try {
    await client.upsertEntity({ ...syncKey, ...fields }, "Merge");
  } catch (error) {
    throw translateStorageError(error, "user sync state");
  }
}

/** Every user row of the table, a page of up to 1,000 at a time (only the properties in `select`, if given). */
async function* scanRows(client: TableClient, select?: string[]): AsyncIterable<UserEntity[]> {
  try {
    const pages = client.listEntities<UserEntity>(select ? { queryOptions: { select } } : {}).byPage({ maxPageSize: 1000 });
    for await (const page of pages) yield page.filter((r) => r.partitionKey !== syncKey.partitionKey && !r.removed && r.userPrincipalName);
  } catch (error) {
    throw translateStorageError(error, "tenant users");
  }
}

/** The rows of `rowKeys` (at most 14) in one partition, by one query (its pages followed). */
async function queryRows(client: TableClient, partition: string, rowKeys: string[]): Promise<UserEntity[]> {
  const filter = `${odata`PartitionKey eq ${partition}`} and (${rowKeys.map((key) => odata`RowKey eq ${key}`).join(" or ")})`;
  const rows: UserEntity[] = [];
  try {
    for await (const page of client.listEntities<UserEntity>({ queryOptions: { filter } }).byPage({ maxPageSize: 1000 })) rows.push(...page);
  } catch (error) {
    throw translateStorageError(error, "tenant users");
  }
  return rows;
}

type SyncVersion = { fields: SyncEntity; etag: string };

/**
 * The sync rows this process read or wrote in the last few seconds, with their ETags. A change tries the remembered
 * version first instead of reading the row again (a job reads it, then changes it, within a second or two); if someone
 * wrote in between, the ETag no longer matches (412) and the change reads the row and applies again.
 */
class SyncMemo {
  private readonly rows = new Map<string, SyncVersion & { at: number }>();
  private static readonly freshMs = 10_000;

  recall(table: string): SyncVersion | null {
    const kept = this.rows.get(table);
    if (!kept || Date.now() - kept.at > SyncMemo.freshMs) return null;
    return kept;
  }

  remember(table: string, fields: SyncEntity, etag: string | undefined): void {
    if (!etag) return this.forget(table);
    if (this.rows.size >= 1_000) for (const [key, kept] of this.rows) if (Date.now() - kept.at > SyncMemo.freshMs) this.rows.delete(key);
    this.rows.set(table, { fields, etag, at: Date.now() });
  }

  forget(table: string): void {
    this.rows.delete(table);
  }
}

/** The sync row's fields (without keys, timestamp and ETag), and its ETag. */
function splitSync(row: SyncEntity & { etag?: string }): { fields: SyncEntity; etag: string | undefined } {
  const { etag, partitionKey: _p, rowKey: _r, timestamp: _t, ...fields } = row as SyncEntity & { etag?: string; partitionKey?: string; rowKey?: string; timestamp?: string };
  return { fields, etag };
}

/** Reads the sync row (null if absent); `found` is told when the answer shows the table exists. */
async function readSyncRow(client: TableClient, memo: SyncMemo, found?: () => void): Promise<SyncEntity | null> {
  let row: SyncEntity | null;
  try {
    row = await client.getEntity<SyncEntity>(syncKey.partitionKey, syncKey.rowKey);
    found?.();
  } catch (error) {
    const status = storageStatus(error);
    if (status !== 404 && status !== 400) throw translateStorageError(error, "user sync state");
    if (status === 404 && isEntityMissing(error)) found?.(); // not when the table is missing
    row = null;
  }
  if (!row) {
    memo.forget(client.tableName);
    return null;
  }
  const { fields, etag } = splitSync(row);
  memo.remember(client.tableName, fields, etag);
  return fields;
}

/**
 * Read (or recall), change, write back with that version's ETag (create if absent); another writer in between → read
 * and apply again. `change` returns null when there is nothing to write.
 */
async function changeSyncRow(client: TableClient, memo: SyncMemo, change: (row: SyncEntity | null) => SyncEntity | null): Promise<SyncEntity | null> {
  for (let attempt = 1; ; attempt++) {
    // The first attempt uses the version this process last saw, if recent; a retry (someone wrote since) reads.
    const recalled = attempt === 1 ? memo.recall(client.tableName) : null;
    const fields = recalled ? recalled.fields : await readSyncRow(client, memo);
    const etag = recalled?.etag ?? memo.recall(client.tableName)?.etag;
    const changed = change(fields);
    if (!changed) return null;
    const next = { ...syncKey, ...changed };
    try {
      const written = fields ? await client.updateEntity(next, "Replace", { etag: etag ?? "*" }) : await client.createEntity(next);
      memo.remember(client.tableName, changed, written.etag);
      return changed;
    } catch (error) {
      memo.forget(client.tableName);
      const status = storageStatus(error);
      if ((status === 412 || status === 409) && attempt < 5) continue;
      throw translateStorageError(error, "user sync state");
    }
  }
}

/** What the sync row says of the to-do list. */
function toDoState(row: SyncEntity | null): ToDo {
  const fullReadAt = row?.fullReadAt ?? null;
  return { ids: toDoOf(row), fullReadAt, complete: row?.toDoCovers !== undefined && row.toDoCovers === (fullReadAt ?? "") };
}

/** The to-do list on a sync row (deduplicated, in the order noted). */
function toDoOf(row: SyncEntity | null): string[] {
  if (!row) return [];
  const text = Object.keys(row).filter((k) => /^toDo\d+$/.test(k)).sort((a, b) => Number(a.slice(4)) - Number(b.slice(4))).map((k) => String(row[k])).join("");
  return text ? [...new Set(text.split(","))] : [];
}

/** The row with its to-do list replaced by `ids`, or emptied and marked incomplete when they are too many. */
function withToDo(row: SyncEntity | null, ids: string[]): SyncEntity {
  const kept: SyncEntity = {};
  for (const [key, value] of Object.entries(row ?? {})) if (!/^toDo\d+$/.test(key)) kept[key] = value;
  // The list is comma-joined: an id with a comma (never a Graph user id) is not kept rather than split in two.
  const unique = [...new Set(ids.filter((id) => isStorableKey(id) && !id.includes(",")))];
  if (unique.length > toDoLimit) {
    delete kept.toDoCovers;
    return kept;
  }
  const text = unique.join(",");
  for (let i = 0; i * toDoChunk < text.length; i++) kept[`toDo${i}`] = text.slice(i * toDoChunk, (i + 1) * toDoChunk);
  return kept;
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
