import type { Job } from "../domain/job.js";

/** Hears that a job moved (a step changed it), so staff can see it; never throws into the job's way. */
export interface ProgressNotifier {
  jobChanged(job: Job, customerName: string): Promise<void>;
}

/** Where a chat lives and how to reach it later without being asked (a proactive message). */
export interface ConversationRef {
  conversationId: string;
  serviceUrl: string;
  /** The MSP tenant the conversation belongs to: every conversation of the tenant follows its customers' jobs. */
  tenantId: string;
  conversationType: string;
  /** The bot's id in that conversation (`28:<app id>`). */
  botId: string;
}

/** Shows one job's progress card in one conversation: posts it the first time, edits that same message afterwards. */
export interface ProgressCardSender {
  /** Posts the card and answers the id of the new message. */
  post(conversation: ConversationRef, job: Job, customerName: string): Promise<string>;
  update(conversation: ConversationRef, activityId: string, job: Job, customerName: string): Promise<void>;
}
