import type { ConversationStore } from "./conversation-store.port.js";
import type { ConversationRef } from "./progress-notifier.port.js";

/**
 * Keeps each MSP tenant's conversation list for `ttlMs`: every job change of every customer of an MSP fans out to the
 * same conversations, so a night of 1,000 jobs reads the list once a minute instead of twice per job. A save through
 * this instance shows at once; one saved by another instance within `ttlMs`. A failed read is not kept.
 */
export function cacheConversations(store: ConversationStore, options: { ttlMs: number; now?: () => number }): ConversationStore {
  const now = options.now ?? Date.now;
  const lists = new Map<string, { at: number; list: Promise<ConversationRef[]> }>();
  return {
    async save(conversation) {
      await store.save(conversation);
      lists.delete(conversation.tenantId);
    },
    list(tenantId) {
      const kept = lists.get(tenantId);
      if (kept && now() - kept.at < options.ttlMs) return kept.list;
      const list = store.list(tenantId);
      const entry = { at: now(), list };
      lists.set(tenantId, entry);
      list.catch(() => lists.get(tenantId) === entry && lists.delete(tenantId));
      return list;
    },
  };
}
