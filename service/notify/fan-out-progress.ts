import type { Job } from "../domain/job.js";
import type { ConversationStore, JobCardStore } from "./conversation-store.port.js";
import type { ConversationRef, ProgressCardSender, ProgressNotifier } from "./progress-notifier.port.js";

/** What {@link createProgressFanOut} needs. */
export interface ProgressFanOutDeps {
  conversations: ConversationStore;
  jobCards: JobCardStore;
  sender: ProgressCardSender;
  /** Hears a conversation that could not be told (logged by the caller); the others still are. */
  onError: (error: unknown, context: { jobId: string; conversationId?: string }) => void;
}

/**
 * Turns a job's progress into one card per conversation of its MSP tenant: the first change posts the card
 * and records its message id (`jobcards`), every later change edits that message.
 */
export function createProgressFanOut(deps: ProgressFanOutDeps): ProgressNotifier {
  const show = async (conversation: ConversationRef, job: Job, customerName: string): Promise<void> => {
    const activityId = await deps.jobCards.get(job.id, conversation.conversationId);
    if (activityId) return deps.sender.update(conversation, activityId, job, customerName);
    const posted = await deps.sender.post(conversation, job, customerName);
    await deps.jobCards.save(job.id, conversation.conversationId, posted);
  };
  return {
    async jobChanged(job, customerName) {
      let conversations: ConversationRef[];
      try {
        conversations = await deps.conversations.list(job.mspTenantId);
      } catch (error) {
        deps.onError(error, { jobId: job.id });
        return;
      }
      await Promise.all(
        conversations.map((c) => show(c, job, customerName).catch((error: unknown) => deps.onError(error, { jobId: job.id, conversationId: c.conversationId }))),
      );
    },
  };
}
