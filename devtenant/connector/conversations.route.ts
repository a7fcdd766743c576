import { jsonReply, type Reply } from '../http/reply.js';
import type { RequestContext, Route } from '../http/route.js';
import { normalizeBotActivity, requireActivity } from './bot-activity.js';
import { authenticateBot, conversationFor, type BotCaller } from './connector-auth.js';
import { connectorServiceUrl } from './constants.js';
import { ConnectorError } from './connector-error.js';
import type { TeamsMember } from './connector-state.js';
import { personalConversationId, userAccountId } from './teams-activity.js';

type Account = { id?: string; name?: string; aadObjectId?: string };
type ConversationParameters = {
  isGroup?: boolean;
  members?: Account[];
  tenantId?: string;
  activity?: unknown;
  channelData?: { tenant?: { id?: string }; channel?: { id?: string } };
};

function badArgument(message: string): ConnectorError {
  return new ConnectorError(400, 'BadArgument', message);
}

/** A member's Entra object id: given, known from an earlier activity (by `29:` id), or the id itself. */
function objectIdOf(ctx: RequestContext, account: Account): string {
  if (account.aadObjectId) return account.aadObjectId;
  for (const conversation of ctx.app.state.connector.conversations.values()) {
    const known = conversation.members.get(account.id ?? '');
    if (known?.aadObjectId) return known.aadObjectId;
  }
  return account.id ?? '';
}

async function createConversation(ctx: RequestContext, caller: BotCaller): Promise<Reply> {
  const body = (await ctx.readJson()) as ConversationParameters;
  const tenantId = body.tenantId ?? body.channelData?.tenant?.id;
  if (!tenantId) throw badArgument('A tenant id is required (tenantId or channelData.tenant.id).');
  const connector = ctx.app.state.connector;
  const channelId = body.channelData?.channel?.id;
  if (channelId) {
    // A new thread in a channel: the activity is its root message, and the id names both.
    if (body.activity === undefined) throw badArgument('An activity is required to start a conversation in a channel.');
    const activity = requireActivity(body.activity);
    const rootId = connector.newActivityId();
    const thread = connector.ensure({ id: `${channelId};messageid=${rootId}`, conversationType: 'channel', tenantId, botAppId: caller.appId });
    const root = connector.add(thread, normalizeBotActivity(ctx, caller, thread, activity), true, rootId);
    return jsonReply(201, { id: thread.id, activityId: root.id, serviceUrl: connectorServiceUrl(ctx.app) });
  }
  const member = body.members?.length === 1 ? body.members[0] : undefined;
  if (!member?.id && !member?.aadObjectId) throw badArgument('A 1:1 conversation needs exactly one member.');
  const aadObjectId = objectIdOf(ctx, member);
  const id = personalConversationId(caller.appId, tenantId, aadObjectId);
  const conversation = connector.ensure({ id, conversationType: 'personal', tenantId, botAppId: caller.appId });
  const memberId = member.id?.startsWith('29:') ? member.id : userAccountId(aadObjectId);
  if (!conversation.members.has(memberId)) {
    connector.addMember(conversation, { id: memberId, name: member.name, aadObjectId, tenantId, userRole: 'user' });
  }
  const first = body.activity === undefined ? undefined : connector.add(conversation, normalizeBotActivity(ctx, caller, conversation, requireActivity(body.activity)), true);
  return jsonReply(201, { id, ...(first ? { activityId: first.id } : {}), serviceUrl: connectorServiceUrl(ctx.app) });
}

function memberNotFound(): ConnectorError {
  return new ConnectorError(404, 'MemberNotFoundInConversation', 'The specified member is not found in the conversation.');
}

/** Create a conversation (proactive 1:1 or a new channel thread), and read its members. */
export const conversationsRoutes: Route[] = [
  {
    method: 'POST',
    path: '/connector/v3/conversations',
    style: 'connector',
    handle: async (ctx) => createConversation(ctx, await authenticateBot(ctx)),
  },
  {
    method: 'GET',
    path: '/connector/v3/conversations/:conversationId/members',
    style: 'connector',
    handle: async (ctx) => jsonReply(200, [...conversationFor(ctx, await authenticateBot(ctx)).members.values()]),
  },
  {
    method: 'GET',
    path: '/connector/v3/conversations/:conversationId/members/:memberId',
    style: 'connector',
    handle: async (ctx) => {
      const members = conversationFor(ctx, await authenticateBot(ctx)).members;
      const wanted = ctx.params.memberId ?? '';
      const member = members.get(wanted) ?? [...members.values()].find((m: TeamsMember) => m.aadObjectId === wanted);
      if (!member) throw memberNotFound();
      return jsonReply(200, member);
    },
  },
];
