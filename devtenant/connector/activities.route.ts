import { jsonReply, type Reply } from '../http/reply.js';
import type { RequestContext, Route } from '../http/route.js';
import { normalizeBotActivity, readBotActivity } from './bot-activity.js';
import { authenticateBot, conversationFor } from './connector-auth.js';
import { ConnectorError } from './connector-error.js';
import type { StoredActivity } from './connector-state.js';

const BASE = '/connector/v3/conversations/:conversationId/activities';

async function send(ctx: RequestContext, replyTo: boolean): Promise<Reply> {
  const caller = await authenticateBot(ctx);
  const conversation = conversationFor(ctx, caller);
  // Like Teams, a reply to an activity id the connector does not know is still posted: botbuilder's
  // createConversationAsync replies to the conversation id itself.
  const replyToId = replyTo ? ctx.params.activityId : undefined;
  const activity = normalizeBotActivity(ctx, caller, conversation, await readBotActivity(ctx));
  const stored = ctx.app.state.connector.add(conversation, replyToId ? { ...activity, replyToId } : activity, true);
  return jsonReply(201, { id: stored.id });
}

function existing(ctx: RequestContext): StoredActivity {
  const conversation = ctx.app.state.connector.conversations.get(ctx.params.conversationId ?? '');
  const stored = conversation && ctx.app.state.connector.find(conversation, ctx.params.activityId ?? '');
  if (!stored) throw new ConnectorError(404, 'ActivityNotFoundInConversation', 'The activity was not found in the conversation.');
  return stored;
}

/**
 * The Bot Connector's activity calls: send to a conversation, reply to an activity, update an
 * activity in place (each update is kept as a new version of the same activity id; an unknown id is 404).
 */
export const activitiesRoutes: Route[] = [
  { method: 'POST', path: BASE, style: 'connector', handle: (ctx) => send(ctx, false) },
  { method: 'POST', path: `${BASE}/:activityId`, style: 'connector', handle: (ctx) => send(ctx, true) },
  {
    method: 'PUT',
    path: `${BASE}/:activityId`,
    style: 'connector',
    handle: async (ctx) => {
      const caller = await authenticateBot(ctx);
      const conversation = conversationFor(ctx, caller);
      const stored = existing(ctx);
      if (!stored.fromBot) throw new ConnectorError(403, 'Forbidden', 'A bot can update only the activities it sent.');
      const activity = normalizeBotActivity(ctx, caller, conversation, await readBotActivity(ctx));
      const previous = stored.versions[stored.versions.length - 1]?.activity;
      const replyToId = previous?.replyToId;
      ctx.app.state.connector.update(stored, replyToId === undefined ? activity : { replyToId, ...activity });
      return jsonReply(200, { id: stored.id });
    },
  },
];
