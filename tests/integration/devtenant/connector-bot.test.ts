import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ConfidentialClientApplication } from '@azure/msal-node';
import { CardFactory, CloudAdapter, ConfigurationBotFrameworkAuthentication, TurnContext, type ConversationReference } from 'botbuilder';
import { AppCredentials, MsalServiceClientCredentialsFactory } from 'botframework-connector';
import { SignJWT } from 'jose';
import { SEED } from './support/devtenant-fixture.js';
import { BOTFRAMEWORK, MEGAN, startConnectorHarness, type ConnectorHarness } from './support/connector-harness.js';
import { send } from './support/http-client.js';

type TestBot = { endpoint: string; adapter: CloudAdapter; references: ConversationReference[]; close(): Promise<void> };

const card = (text: string) => CardFactory.adaptiveCard({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text }] });

/** The tiny bot under test: botbuilder's CloudAdapter configured against devtenant as TOOLCHAIN.md says. */
async function startBot(dtUrl: string): Promise<TestBot> {
  // botbuilder caches connector tokens per process for ~55 min; another suite's devtenant signed those.
  (AppCredentials as unknown as { cache: Map<string, unknown> }).cache.clear();
  const authority = `${dtUrl}/${SEED.mspA}`;
  const msal = new ConfidentialClientApplication({
    auth: { clientId: SEED.clientId, clientSecret: SEED.clientSecret, authority, knownAuthorities: [new URL(dtUrl).host] },
  });
  const auth = new ConfigurationBotFrameworkAuthentication(
    {
      MicrosoftAppId: SEED.clientId,
      ToBotFromChannelOpenIdMetadataUrl: `${dtUrl}/botframework/v1/.well-known/openidconfiguration`,
      ToBotFromChannelTokenIssuer: BOTFRAMEWORK,
      ToChannelFromBotLoginUrl: authority,
      ToChannelFromBotOAuthScope: BOTFRAMEWORK,
    },
    new MsalServiceClientCredentialsFactory(SEED.clientId, msal as unknown as ConstructorParameters<typeof MsalServiceClientCredentialsFactory>[1]),
  );
  const adapter = new CloudAdapter(auth);
  const references: ConversationReference[] = [];
  const logic = async (context: TurnContext): Promise<void> => {
    references.push(TurnContext.getConversationReference(context.activity) as ConversationReference);
    if (context.activity.type !== 'message') return;
    if (context.activity.text === 'card') {
      const sent = await context.sendActivity({ attachments: [card('Working…')] });
      await context.updateActivity({ id: sent?.id, type: 'message', attachments: [card('Done')] });
      return;
    }
    await context.sendActivity(`echo: ${context.activity.text}`);
  };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, unknown>;
      const shim = {
        socket: res.socket,
        status: (code: number) => { res.statusCode = code; },
        header: (name: string, value: string) => res.setHeader(name, value),
        send: (value: unknown) => res.write(typeof value === 'string' ? value : JSON.stringify(value)),
        end: () => res.end(),
      };
      void adapter.process({ method: req.method, headers: req.headers, body }, shim, logic);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/messages`;
  return { endpoint, adapter, references, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

describe('devtenant Bot Framework: a botbuilder bot driven through the channel', () => {
  let h: ConnectorHarness;
  let bot: TestBot;
  const say = (body: Record<string, unknown>) =>
    h.admin('POST', '/channel/messages', { botEndpoint: bot.endpoint, botAppId: SEED.clientId, from: MEGAN, tenantId: SEED.tailspin, ...body });
  before(async () => {
    h = await startConnectorHarness();
    bot = await startBot(h.dt.url);
  });
  after(async () => {
    await bot.close();
    await h.dt.close();
  });
  beforeEach(async () => h.admin('DELETE', '/faults'));

  it('delivers a signed message; the echo comes back through the connector into the conversation', async () => {
    const res = await say({ text: 'hello' });
    assert.equal(res.status, 200, res.text);
    const result = res.json();
    assert.equal(result.status, 200);
    assert.deepEqual(result.activities.map((a: any) => a.activity.text), ['echo: hello']);
    assert.equal(result.activities[0].activity.replyToId, result.activityId);
    const view = (await h.admin('GET', `/channel/conversations/${encodeURIComponent(result.conversationId)}`)).json();
    assert.deepEqual(view.activities.slice(0, 2).map((a: any) => a.activity.text), ['echo: hello', 'hello']);
    assert.equal(bot.references.at(-1)?.serviceUrl, h.serviceUrl);
  });

  it('sends an Adaptive Card and edits it in place (one activity id, two versions)', async () => {
    const result = (await say({ text: 'card' })).json();
    assert.equal(result.activities.length, 1);
    const [edited] = result.activities;
    assert.equal(edited.versions, 2);
    assert.equal(edited.history[0].activity.attachments[0].content.body[0].text, 'Working…');
    assert.equal(edited.activity.attachments[0].content.body[0].text, 'Done');
    assert.equal(edited.activity.attachments[0].contentType, 'application/vnd.microsoft.card.adaptive');
  });

  it('sends proactively with continueConversationAsync and createConversationAsync', async () => {
    const reference = bot.references.at(-1) as ConversationReference;
    await bot.adapter.continueConversationAsync(SEED.clientId, reference, async (ctx) => void (await ctx.sendActivity('proactive hello')));
    const view = (await h.admin('GET', `/channel/conversations/${encodeURIComponent(reference.conversation.id)}`)).json();
    assert.equal(view.activities[0].activity.text, 'proactive hello');
    const params = { isGroup: false, members: [{ id: reference.user?.id ?? '' }], tenantId: SEED.tailspin, channelData: { tenant: { id: SEED.tailspin } } };
    let created = '';
    await bot.adapter.createConversationAsync(SEED.clientId, 'msteams', h.serviceUrl, BOTFRAMEWORK, params as never, async (ctx) => {
      created = ctx.activity.conversation.id;
      await ctx.sendActivity('a new 1:1');
    });
    assert.equal(created, reference.conversation.id, 'Teams keeps one 1:1 chat per bot and user');
  });

  it('answers 401 to an unsigned, a foreign-signed or a wrong-audience activity', async () => {
    const activity = { type: 'message', text: 'hi', channelId: 'msteams', serviceUrl: h.serviceUrl, conversation: { id: 'a:x' }, from: { id: '29:x' }, recipient: { id: `28:${SEED.clientId}` } };
    const post = (authorization?: string) =>
      send(bot.endpoint, { method: 'POST', headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) }, body: JSON.stringify(activity) });
    assert.equal((await post()).status, 401);
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const forged = await new SignJWT({ serviceurl: h.serviceUrl, iss: BOTFRAMEWORK, aud: SEED.clientId })
      .setProtectedHeader({ alg: 'RS256', kid: 'forged', typ: 'JWT' }).setNotBefore('0s').setExpirationTime('1h').sign(privateKey);
    assert.equal((await post(`Bearer ${forged}`)).status, 401);
    const other = (await say({ botAppId: '11111111-2222-3333-4444-555555555555', text: 'hi' })).json();
    assert.equal(other.status, 401, 'the channel token is for another bot');
  });

  it('survives a 429 from the connector: botbuilder honours Retry-After and the reply still lands', async () => {
    const match = 'POST /connector/v3/conversations/:conversationId/activities/:activityId';
    await h.admin('POST', '/faults', { match, status: 429, retryAfterSeconds: 1, times: 1 });
    await h.admin('POST', '/counters/reset');
    const result = (await say({ text: 'throttled' })).json();
    assert.equal(result.status, 200);
    assert.deepEqual(result.activities.map((a: any) => a.activity.text), ['echo: throttled']);
    const counters = (await h.admin('GET', '/counters')).json();
    assert.deepEqual([counters[`${match} (faulted)`], counters[match]], [1, 1]);
  });
});
