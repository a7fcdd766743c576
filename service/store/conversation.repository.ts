import { odata, type TableClient } from "@azure/data-tables";
import type { ConversationStore, JobCardStore } from "../notify/conversation-store.port.js";
import type { ConversationRef } from "../notify/progress-notifier.port.js";
import { getOrNull, translateStorageError } from "./table-errors.js";
import type { TableClientFactory } from "./table-client-factory.js";

type ConversationEntity = { partitionKey: string; rowKey: string; conversationId: string; serviceUrl: string; conversationType: string; botId: string };
type JobCardEntity = { partitionKey: string; rowKey: string; activityId: string };

/** Row keys may not hold `/ \ # ?`; conversation ids can (channel threads carry `;messageid=`), so they are encoded. */
const rowKey = (conversationId: string): string => encodeURIComponent(conversationId);

/** Conversations in `conversations`: partition = MSP tenant, row = conversation id. */
export function createConversationRepository(tables: TableClientFactory): ConversationStore {
  const table = (): Promise<TableClient> => tables.ensure("conversations");
  return {
    async save(c) {
      const client = await table();
      const entity: ConversationEntity = { partitionKey: c.tenantId, rowKey: rowKey(c.conversationId), conversationId: c.conversationId, serviceUrl: c.serviceUrl, conversationType: c.conversationType, botId: c.botId };
      try {
        await client.upsertEntity(entity, "Replace");
      } catch (error) {
        throw translateStorageError(error, "conversation");
      }
    },
    async list(tenantId) {
      const client = await table();
      const out: ConversationRef[] = [];
      try {
        for await (const row of client.listEntities<ConversationEntity>({ queryOptions: { filter: odata`PartitionKey eq ${tenantId}` } })) {
          out.push({ tenantId, conversationId: row.conversationId, serviceUrl: row.serviceUrl, conversationType: row.conversationType, botId: row.botId });
        }
      } catch (error) {
        throw translateStorageError(error, "conversations");
      }
      return out;
    },
  };
}

/** Progress card messages in `jobcards`: partition = job id, row = conversation id. */
export function createJobCardRepository(tables: TableClientFactory): JobCardStore {
  const table = (): Promise<TableClient> => tables.ensure("jobcards");
  return {
    async get(jobId, conversationId) {
      const client = await table();
      const row = await getOrNull(() => client.getEntity<JobCardEntity>(jobId, rowKey(conversationId)), "job card");
      return row?.activityId ?? null;
    },
    async save(jobId, conversationId, activityId) {
      const client = await table();
      try {
        await client.upsertEntity<JobCardEntity>({ partitionKey: jobId, rowKey: rowKey(conversationId), activityId }, "Replace");
      } catch (error) {
        throw translateStorageError(error, "job card");
      }
    },
  };
}
