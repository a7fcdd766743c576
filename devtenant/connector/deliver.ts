import type { DevTenantApp } from '../app-context.js';
import { AdminError } from '../http/admin-error.js';
import { jsonReply, type Reply } from '../http/reply.js';
import { signChannelToken } from './channel-token.js';
import { activityView, type ActivityJson, type Conversation } from './connector-state.js';

/** How long the channel waits for the bot's HTTP answer (Teams gives a bot 15 s). */
const BOT_TIMEOUT_MS = 15_000;

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** The bot's messaging endpoint, which must be an http(s) URL on loopback (devtenant calls nothing else). */
export function botEndpointUrl(value: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new AdminError(400, 'DEVTENANT.BAD_REQUEST', `botEndpoint '${value}' is not a URL.`);
  }
  if (!/^https?:$/.test(url.protocol) || !LOOPBACK.has(url.hostname)) {
    throw new AdminError(400, 'DEVTENANT.BAD_REQUEST', 'botEndpoint must be an http(s) URL on localhost, 127.0.0.1 or [::1].');
  }
  return url;
}

function parseBody(text: string): unknown {
  if (text === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/**
 * Delivers an activity as the channel does: stores it in the conversation, POSTs it to the bot with a
 * channel-signed bearer token, and answers `{ status, body }` of the bot's HTTP reply plus the
 * activities the bot sent or edited in this conversation meanwhile.
 */
export async function deliverToBot(app: DevTenantApp, conversation: Conversation, activity: ActivityJson, endpoint: URL): Promise<Reply> {
  const connector = app.state.connector;
  const inbound = connector.add(conversation, activity, false);
  const sent = inbound.versions[0]?.activity ?? activity;
  conversation.botEndpoint = endpoint.toString();
  const token = await signChannelToken(app, conversation.botAppId);
  let response: Response;
  try {
    response = await fetch(endpoint, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json; charset=utf-8' },
      body: JSON.stringify(sent),
      signal: AbortSignal.timeout(BOT_TIMEOUT_MS),
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new AdminError(502, 'DEVTENANT.BOT_UNREACHABLE', `The bot at ${endpoint} did not answer: ${reason}`);
  }
  const body = parseBody(await response.text());
  const activities = connector.botChangesSince(conversation, inbound.versions[0]?.seq ?? connector.seq).map(activityView);
  return jsonReply(200, { status: response.status, body, conversationId: conversation.id, activityId: inbound.id, activities });
}
