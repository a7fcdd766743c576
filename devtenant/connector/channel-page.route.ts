import { AdminError } from '../http/admin-error.js';
import { htmlReply } from '../http/reply.js';
import type { Route } from '../http/route.js';
import { listConversations } from './channel-admin.route.js';
import { renderConversationList, renderConversationPage } from './channel-page.js';

/** The pages a person opens on `browserUrl`: the conversations, and one conversation with its cards. */
export const channelPageRoutes: Route[] = [
  {
    method: 'GET',
    path: '/_devtenant/channel',
    style: 'admin',
    handle: ({ app }) => htmlReply(200, renderConversationList(listConversations(app.state.connector))),
  },
  {
    method: 'GET',
    path: '/_devtenant/channel/:id',
    style: 'admin',
    handle: ({ app, params }) => {
      const conversation = app.state.connector.conversations.get(params.id ?? '');
      if (!conversation) throw new AdminError(404, 'DEVTENANT.CONVERSATION_NOT_FOUND', `No conversation '${params.id}'.`);
      const who = [...conversation.members.values()].map((m) => m.name ?? m.id).join(', ');
      return htmlReply(200, renderConversationPage(conversation.id, `${conversation.conversationType}: ${who || conversation.id}`));
    },
  },
];
