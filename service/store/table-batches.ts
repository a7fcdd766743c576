import type { TableClient, TableEntity, TransactionAction } from "@azure/data-tables";
import { storageStatus, translateStorageError } from "./table-errors.js";

/** Azure Tables takes at most 100 operations per transaction, all in one partition. */
export const maxTransactionSize = 100;

/**
 * Runs actions in transactions of at most 100, a few at a time. A transaction holds one partition, so the actions are
 * grouped by partition first (in their order within each partition).
 */
export async function submitInBatches(client: TableClient, actions: TransactionAction[], what: string, options: { concurrency?: number } = {}): Promise<void> {
  await inGroups(partitionBatches(actions, (action) => String(action[1].partitionKey)), options.concurrency ?? 4, async (batch) => {
    try {
      await client.submitTransaction(batch);
    } catch (error) {
      throw translateStorageError(error, what);
    }
  });
}

/**
 * Inserts entities in transactions per partition; a transaction refused because one of its entities exists (409:
 * Azure's transactions are atomic, so it wrote nothing) is merged in instead. Returns the RowKeys of the entities
 * inserted, which did not exist before — what a caller may then know without reading them back.
 */
export function insertOrMergeInBatches(client: TableClient, entities: TableEntity[], what: string): Promise<string[]> {
  return firstOrMergeInBatches(client, entities, what, { first: "create", refused: 409 });
}

/**
 * Merges fields into entities that should exist, in transactions per partition; a transaction refused because one of
 * them does not (404: it wrote nothing) is upserted instead. Azure charges the same for either; Azurite finds an
 * upsert's row twice (to choose between insert and merge, then to merge), an update's once.
 */
export async function mergeExistingInBatches(client: TableClient, entities: TableEntity[], what: string): Promise<void> {
  await firstOrMergeInBatches(client, entities, what, { first: "update", refused: 404 });
}

/**
 * Each partition's transaction of `first` actions (create, or a Merge update), and for one refused with `refused` the
 * same entities upserted with Merge. Returns the RowKeys written by `first` transactions that succeeded.
 */
async function firstOrMergeInBatches(client: TableClient, entities: TableEntity[], what: string, how: { first: "create" | "update"; refused: number }): Promise<string[]> {
  const done: string[] = [];
  await inGroups(partitionBatches(entities, (entity) => entity.partitionKey), 4, async (batch) => {
    try {
      await client.submitTransaction(batch.map((entity): TransactionAction => (how.first === "create" ? ["create", entity] : ["update", entity, "Merge"])));
      done.push(...batch.map((entity) => entity.rowKey));
      return;
    } catch (error) {
      if (storageStatus(error) !== how.refused) throw translateStorageError(error, what);
    }
    try {
      await client.submitTransaction(batch.map((entity): TransactionAction => ["upsert", entity, "Merge"]));
    } catch (error) {
      throw translateStorageError(error, what);
    }
  });
  return done;
}

/** Items grouped by partition (in their order within each), cut into transactions of at most 100. */
function partitionBatches<T>(items: T[], partitionOf: (item: T) => string): T[][] {
  const byPartition = new Map<string, T[]>();
  for (const item of items) {
    const key = partitionOf(item);
    const group = byPartition.get(key);
    if (group) group.push(item);
    else byPartition.set(key, [item]);
  }
  const batches: T[][] = [];
  for (const group of byPartition.values()) for (let i = 0; i < group.length; i += maxTransactionSize) batches.push(group.slice(i, i + maxTransactionSize));
  return batches;
}

async function inGroups<T>(batches: T[][], concurrency: number, run: (batch: T[]) => Promise<void>): Promise<void> {
  for (let i = 0; i < batches.length; i += concurrency) await Promise.all(batches.slice(i, i + concurrency).map(run));
}
