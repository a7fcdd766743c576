import { z } from 'zod';
import type { DevTenantApp } from '../app-context.js';
import { parseAdminBody } from '../admin/parse-body.js';
import { AdminError } from '../http/admin-error.js';
import type { Route } from '../http/route.js';
import { botAccountId } from './constants.js';
import type { ActivityJson, Conversation } from './connector-state.js';
import { botEndpointUrl, deliverToBot } from './deliver.js';
import { conversationInit, teamsActivity, userAccountId, type ChannelUser } from './teams-activity.js';

const Common = {
  botEndpoint: z.string().min(1),
  botAppId: z.string().min(1),
  botName: z.string().min(1).optional(),
  from: z.object({ aadObjectId: z.string().min(1), name: z.string().optional(), userPrincipalName: z.string().optional() }).strict(),
  tenantId: z.string().min(1),
  conversation: z.object({ id: z.string().min(1).optional(), conversationType: z.enum(['personal', 'channel']) }).strict().optional(),
};

const MessageSchema = z
  .object({
    ...Common,
    text: z.string().optional(),
    value: z.record(z.unknown()).optional(),
    invoke: z.object({ name: z.string().min(1), value: z.unknown() }).strict().optional(),
    replyToId: z.string().min(1).optional(),
  })
  .strict()
  .refine((b) => b.text !== undefined || b.value !== undefined || b.invoke !== undefined, { message: 'give text, value or invoke' })
  .refine((b) => b.invoke === undefined || (b.text === undefined && b.value === undefined), { message: 'invoke goes alone (no text or value)' });

const InstallSchema = z.object(Common).strict();

type Common = z.infer<typeof InstallSchema>;

/** The conversation a driver call speaks in (created on first use), with the sender as a member. */
function openConversation(app: DevTenantApp, body: Common): Conversation {
  const tenant = app.state.tenants.find(body.tenantId);
  if (!tenant) throw new AdminError(404, 'DEVTENANT.TENANT_NOT_FOUND', `No tenant '${body.tenantId}'.`);
  const tenantId = tenant.seed.tenantId;
  const user: ChannelUser = body.from;
  const conversation = app.state.connector.ensure(conversationInit(body.botAppId, tenantId, user, body.conversation));
  if (conversation.botAppId !== body.botAppId) {
    throw new AdminError(409, 'DEVTENANT.OTHER_BOT', `Conversation '${conversation.id}' belongs to bot ${conversation.botAppId}.`);
  }
  const id = userAccountId(user.aadObjectId);
  app.state.connector.addMember(conversation, { id, name: user.name, aadObjectId: user.aadObjectId, userPrincipalName: user.userPrincipalName, tenantId, userRole: 'user' });
  return conversation;
}

/**
 * The channel driver: plays Teams towards a bot. A message (text and/or an Action.Submit value), an
 * invoke (such as `adaptiveCard/action`), or an installation (conversationUpdate adding the bot).
 */
export const channelDriverRoutes: Route[] = [
  {
    method: 'POST',
    path: '/_devtenant/channel/messages',
    style: 'admin',
    handle: async (ctx) => {
      const body = await parseAdminBody(ctx, MessageSchema);
      const endpoint = botEndpointUrl(body.botEndpoint);
      const conversation = openConversation(ctx.app, body);
      const reply = body.replyToId === undefined ? {} : { replyToId: body.replyToId };
      const fields: ActivityJson = body.invoke
        ? { type: 'invoke', name: body.invoke.name, value: body.invoke.value, ...reply }
        : { type: 'message', textFormat: 'plain', ...(body.text === undefined ? {} : { text: body.text }), ...(body.value ? { value: body.value } : {}), ...reply };
      return deliverToBot(ctx.app, conversation, teamsActivity(ctx.app, conversation, body.from, fields, body.botName), endpoint);
    },
  },
  {
    method: 'POST',
    path: '/_devtenant/channel/install',
    style: 'admin',
    handle: async (ctx) => {
      const body = await parseAdminBody(ctx, InstallSchema);
      const endpoint = botEndpointUrl(body.botEndpoint);
      const conversation = openConversation(ctx.app, body);
      const isChannel = conversation.conversationType === 'channel';
      const fields: ActivityJson = {
        type: 'conversationUpdate',
        membersAdded: [{ id: botAccountId(body.botAppId) }],
        ...(isChannel ? { channelData: { eventType: 'teamMemberAdded' } } : {}),
      };
      return deliverToBot(ctx.app, conversation, teamsActivity(ctx.app, conversation, body.from, fields, body.botName), endpoint);
    },
  },
];
