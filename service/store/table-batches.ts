import type { TableClient, TransactionAction } from "@azure/data-tables";
import { translateStorageError } from "./table-errors.js";

/** Azure Tables takes at most 100 operations per transaction, all in one partition. */
export const maxTransactionSize = 100;

/**
 * Runs actions in transactions of at most 100, a few at a time. A transaction holds one partition, so the actions are
 * grouped by partition first (in their order within each partition).
 */
export async function submitInBatches(client: TableClient, actions: TransactionAction[], what: string, options: { concurrency?: number } = {}): Promise<void> {
  const byPartition = new Map<string, TransactionAction[]>();
  for (const action of actions) {
    const key = String(action[1].partitionKey);
    const group = byPartition.get(key);
    if (group) group.push(action);
    else byPartition.set(key, [action]);
  }
  const batches: TransactionAction[][] = [];
  for (const group of byPartition.values()) for (let i = 0; i < group.length; i += maxTransactionSize) batches.push(group.slice(i, i + maxTransactionSize));
  const concurrency = options.concurrency ?? 4;
  for (let i = 0; i < batches.length; i += concurrency) {
    try {
      await Promise.all(batches.slice(i, i + concurrency).map((batch) => client.submitTransaction(batch)));
    } catch (error) {
      throw translateStorageError(error, what);
    }
  }
}
