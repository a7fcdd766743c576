import type { TableClient, TransactionAction } from "@azure/data-tables";
import { translateStorageError } from "./table-errors.js";

/** Azure Tables takes at most 100 operations per transaction, all in one partition. */
export const maxTransactionSize = 100;

/** Runs actions (one partition) in transactions of at most 100, a few at a time. */
export async function submitInBatches(client: TableClient, actions: TransactionAction[], what: string, options: { concurrency?: number } = {}): Promise<void> {
  const batches: TransactionAction[][] = [];
  for (let i = 0; i < actions.length; i += maxTransactionSize) batches.push(actions.slice(i, i + maxTransactionSize));
  const concurrency = options.concurrency ?? 4;
  for (let i = 0; i < batches.length; i += concurrency) {
    try {
      await Promise.all(batches.slice(i, i + concurrency).map((batch) => client.submitTransaction(batch)));
    } catch (error) {
      throw translateStorageError(error, what);
    }
  }
}
