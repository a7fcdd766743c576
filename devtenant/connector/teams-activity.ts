import { createHash } from 'node:crypto';
import type { DevTenantApp } from '../app-context.js';
import { botAccountId, connectorServiceUrl, TEAMS_CHANNEL_ID } from './constants.js';
import type { ActivityJson, Conversation, ConversationInit } from './connector-state.js';

/** A Teams user as the channel driver names one. */
export type ChannelUser = { aadObjectId: string; name?: string; userPrincipalName?: string };

function hash(...parts: string[]): Buffer {
  return createHash('sha256').update(parts.join('\n')).digest();
}

/** A user's Teams id (`29:…`), stable for an Entra object id. */
export function userAccountId(aadObjectId: string): string {
  return `29:1${hash('user', aadObjectId.toLowerCase()).toString('base64url').slice(0, 42)}`;
}

/** The 1:1 chat of a bot and a user (`a:…`), the same every time, as Teams keeps one chat per pair. */
export function personalConversationId(botAppId: string, tenantId: string, aadObjectId: string): string {
  return `a:1${hash('personal', botAppId, tenantId, aadObjectId.toLowerCase()).toString('base64url').slice(0, 60)}`;
}

/** A team channel's thread id (`19:…@thread.tacv2`). */
export function channelThreadId(seed: string): string {
  return `19:${hash('channel', seed).toString('hex').slice(0, 32)}@thread.tacv2`;
}

/** The conversation a driver request names, or the user's 1:1 chat with the bot. */
export function conversationInit(
  botAppId: string,
  tenantId: string,
  user: ChannelUser,
  given?: { id?: string; conversationType: 'personal' | 'channel' },
): ConversationInit {
  const conversationType = given?.conversationType ?? 'personal';
  const id = given?.id ?? (conversationType === 'personal'
    ? personalConversationId(botAppId, tenantId, user.aadObjectId)
    : channelThreadId(`${botAppId}/${tenantId}`));
  return { id, conversationType, tenantId, botAppId };
}

/**
 * An activity as Teams delivers it to a bot: channelId msteams, serviceUrl the connector, the bot as
 * `28:<appId>`, the user as `29:…` with aadObjectId, tenant in the conversation and channelData.
 */
export function teamsActivity(app: DevTenantApp, conversation: Conversation, user: ChannelUser, fields: ActivityJson, botName = 'Bot'): ActivityJson {
  const now = new Date().toISOString();
  const isChannel = conversation.conversationType === 'channel';
  const threadId = conversation.id.split(';')[0] ?? conversation.id;
  const recipient = { id: botAccountId(conversation.botAppId), name: botName };
  const activity: ActivityJson = {
    timestamp: now,
    localTimestamp: now,
    channelId: TEAMS_CHANNEL_ID,
    serviceUrl: connectorServiceUrl(app),
    from: { id: userAccountId(user.aadObjectId), name: user.name, aadObjectId: user.aadObjectId },
    conversation: {
      id: conversation.id,
      conversationType: conversation.conversationType,
      tenantId: conversation.tenantId,
      ...(isChannel ? { isGroup: true } : {}),
    },
    recipient,
    entities: [{ type: 'clientInfo', locale: 'en-US', country: 'US', platform: 'Web', timezone: 'UTC' }],
    locale: 'en-US',
    localTimezone: 'UTC',
    ...fields,
    channelData: {
      tenant: { id: conversation.tenantId },
      ...(isChannel ? { teamsChannelId: threadId, teamsTeamId: threadId, channel: { id: threadId }, team: { id: threadId } } : {}),
      ...(fields.channelData as Record<string, unknown> | undefined),
    },
  };
  if (isChannel && activity.type === 'message' && typeof activity.text === 'string') {
    // In a channel the user has to @mention the bot; Teams puts the mention in the text and entities.
    const mention = `<at>${botName}</at>`;
    activity.text = `${mention} ${activity.text}`;
    activity.entities = [...(activity.entities as unknown[]), { type: 'mention', text: mention, mentioned: recipient }];
  }
  return activity;
}
