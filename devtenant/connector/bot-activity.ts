import type { RequestContext } from '../http/route.js';
import type { BotCaller } from './connector-auth.js';
import { botAccountId, connectorServiceUrl, TEAMS_CHANNEL_ID } from './constants.js';
import { ConnectorError } from './connector-error.js';
import type { ActivityJson, Conversation } from './connector-state.js';

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Checks that a value is an activity (an object with a `type`), else the connector's 400. */
export function requireActivity(value: unknown): ActivityJson {
  if (!isObject(value)) throw new ConnectorError(400, 'BadArgument', 'The request body must be an activity.');
  if (typeof value.type !== 'string' || value.type === '') throw new ConnectorError(400, 'BadArgument', 'Activity type cannot be null.');
  return value as ActivityJson;
}

/** Reads the activity a bot posts or puts. */
export async function readBotActivity(ctx: RequestContext): Promise<ActivityJson> {
  return requireActivity(await ctx.readJson());
}

/**
 * What the connector keeps of an activity a bot sent: the bot's fields, plus the channel, the
 * conversation and the sender filled in as Teams would show them.
 */
export function normalizeBotActivity(ctx: RequestContext, caller: BotCaller, conversation: Conversation, activity: ActivityJson): ActivityJson {
  const from = isObject(activity.from) ? activity.from : {};
  return {
    ...activity,
    channelId: TEAMS_CHANNEL_ID,
    serviceUrl: connectorServiceUrl(ctx.app),
    from: { ...from, id: botAccountId(caller.appId) },
    conversation: { id: conversation.id, conversationType: conversation.conversationType, tenantId: conversation.tenantId },
  };
}
