import { QueueClient, type StoragePipelineOptions } from "@azure/storage-queue";
import type { PingOptions, StorageLocation } from "../store/table-client-factory.js";
import { storageStatus, translateStorageError } from "../store/table-errors.js";
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
  /** One round trip with no retries (a peek; a queue not created yet still proves access), for readiness checks. */
  ping(options?: PingOptions): Promise<void>;
}

/** Creates the queue client (and the queue on first use) from a connection string (local) or an endpoint with a credential (cloud). */
export function createAzureWorkQueue(location: StorageLocation, queueName: string): AzureWorkQueue {
  const connect = (options: StoragePipelineOptions = {}): QueueClient =>
    typeof location === "string"
      ? new QueueClient(location, queueName, options)
      : new QueueClient(`${location.url.replace(/\/+$/, "")}/${encodeURIComponent(queueName)}`, location.credential, options);
  const client = connect();
  const pingClient = connect({ retryOptions: { maxTries: 1 } });
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
    async ping(options = {}) {
      try {
        await pingClient.peekMessages({ numberOfMessages: 1, abortSignal: options.signal });
      } catch (error) {
        if (storageStatus(error) !== 404) throw error;
      }
    },
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
