import type { ConversationRef } from "./progress-notifier.port.js";

/** The conversations the bot was added to or spoken to in, per MSP tenant. */
export interface ConversationStore {
  save(conversation: ConversationRef): Promise<void>;
  list(tenantId: string): Promise<ConversationRef[]>;
}

/** Which message shows a job's card in a conversation (so later progress edits it instead of posting again). */
export interface JobCardStore {
  get(jobId: string, conversationId: string): Promise<string | null>;
  save(jobId: string, conversationId: string, activityId: string): Promise<void>;
}
