import { QueueClient } from "@azure/storage-queue";
import { translateStorageError } from "../store/table-errors.js";
import type { WorkItem, WorkQueue } from "../ports/work-queue.port.js";

/** A received message: the item, how often it was delivered, and how to settle it. */
export interface ReceivedWork {
  item: WorkItem | null;
  dequeueCount: number;
  complete(): Promise<void>;
  /** Makes the message visible again after `seconds` (0 = at once) for the next taker. */
  postpone(seconds: number): Promise<void>;
}

/** The jobs queue on Azure Queue Storage (Azurite locally): at-least-once, visibility timeouts, any instance takes. */
export interface AzureWorkQueue extends WorkQueue {
  receive(options: { max: number; visibilitySeconds: number }): Promise<ReceivedWork[]>;
}

/** Creates the queue client (and the queue on first use). */
export function createAzureWorkQueue(connectionString: string, queueName: string): AzureWorkQueue {
  const client = new QueueClient(connectionString, queueName);
  let ready: Promise<unknown> | null = null;
  const ensure = (): Promise<unknown> => (ready ??= client.createIfNotExists().catch((error) => ((ready = null), Promise.reject(error))));
  const guard = async <T>(run: () => Promise<T>): Promise<T> => {
    try {
      await ensure();
      return await run();
    } catch (error) {
      throw translateStorageError(error, "work queue");
    }
  };
  return {
    send: (item, options = {}) => guard(async () => void (await client.sendMessage(JSON.stringify(item), { visibilityTimeout: options.delaySeconds ?? 0 }))),
    receive: (options) =>
      guard(async () => {
        const response = await client.receiveMessages({ numberOfMessages: options.max, visibilityTimeout: options.visibilitySeconds });
        return response.receivedMessageItems.map((message): ReceivedWork => {
          let receipt = message.popReceipt;
          return {
            item: parseItem(message.messageText),
            dequeueCount: message.dequeueCount,
            complete: () => guard(async () => void (await client.deleteMessage(message.messageId, receipt))),
            postpone: (seconds) =>
              guard(async () => {
                receipt = (await client.updateMessage(message.messageId, receipt, undefined, seconds)).popReceipt ?? receipt;
              }),
          };
        });
      }),
  };
}

function parseItem(text: string): WorkItem | null {
  try {
    const value = JSON.parse(text) as Partial<WorkItem>;
    return typeof value.mspTenantId === "string" && typeof value.customerId === "string" && typeof value.jobId === "string"
      ? { mspTenantId: value.mspTenantId, customerId: value.customerId, jobId: value.jobId }
      : null;
  } catch {
    return null;
  }
}
