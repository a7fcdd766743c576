import { AdminError } from '../http/admin-error.js';
import { emptyReply, jsonReply } from '../http/reply.js';
import type { Route } from '../http/route.js';
import { conversationView, type Conversation, type ConnectorState } from './connector-state.js';

function lastChange(conversation: Conversation): string {
  return conversation.activities.flatMap((a) => a.versions.map((v) => v.at)).sort().pop() ?? conversation.createdAt;
}

/** One line per conversation, the most recently changed first. */
export function listConversations(connector: ConnectorState) {
  return [...connector.conversations.values()]
    .map((c) => ({
      id: c.id,
      conversationType: c.conversationType,
      tenantId: c.tenantId,
      botAppId: c.botAppId,
      members: [...c.members.values()].map((m) => m.name ?? m.id),
      activityCount: c.activities.length,
      createdAt: c.createdAt,
      updatedAt: lastChange(c),
    }))
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

/** Read what happened in the channel: every conversation, one conversation with each activity's versions. */
export const channelAdminRoutes: Route[] = [
  {
    method: 'GET',
    path: '/_devtenant/channel/conversations',
    style: 'admin',
    handle: ({ app }) => {
      const conversations = listConversations(app.state.connector);
      return jsonReply(200, { conversations });
    },
  },
  {
    method: 'GET',
    path: '/_devtenant/channel/conversations/:id',
    style: 'admin',
    handle: ({ app, params }) => {
      const conversation = app.state.connector.conversations.get(params.id ?? '');
      if (!conversation) throw new AdminError(404, 'DEVTENANT.CONVERSATION_NOT_FOUND', `No conversation '${params.id}'.`);
      return jsonReply(200, conversationView(conversation));
    },
  },
  {
    method: 'DELETE',
    path: '/_devtenant/channel/conversations',
    style: 'admin',
    handle: ({ app }) => {
      app.state.connector.clear();
      return emptyReply(204);
    },
  },
];
