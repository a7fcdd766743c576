import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sharedChromium } from '../../support/browser.js';
import { jwtClaims, SEED } from './support/devtenant-fixture.js';
import { BOTFRAMEWORK, MEGAN, startConnectorHarness, type ConnectorHarness } from './support/connector-harness.js';

type Received = { authorization: string; activity: Record<string, any> };

describe('devtenant Bot Framework: the channel driver and the channel page', () => {
  let h: ConnectorHarness;
  let server: Server;
  let endpoint: string;
  const received: Received[] = [];
  const drive = (path: string, body: Record<string, unknown>) =>
    h.admin('POST', `/channel/${path}`, { botEndpoint: endpoint, botAppId: SEED.clientId, from: MEGAN, tenantId: SEED.tailspin, ...body });

  before(async () => {
    h = await startConnectorHarness();
    // A recording endpoint: answers invokes with a card, everything else with 200 and no body.
    server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const activity = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, any>;
        received.push({ authorization: req.headers.authorization ?? '', activity });
        // Two calls, not a chain: restify (loaded by other suites in this process) patches writeHead to return nothing.
        if (activity.type !== 'invoke') {
          res.writeHead(200);
          return void res.end();
        }
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: { verb: activity.value.action.verb } }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/messages`;
  });
  after(async () => {
    server.close();
    await h.dt.close();
  });

  it('delivers a Teams-shaped message signed by the channel', async () => {
    const res = (await drive('messages', { text: 'hello' })).json();
    assert.deepEqual([res.status, res.body, res.activities], [200, null, []]);
    const { authorization, activity } = received.at(-1) as Received;
    const claims = jwtClaims(authorization.replace(/^Bearer /, ''));
    assert.deepEqual([claims.iss, claims.aud, claims.serviceurl], [BOTFRAMEWORK, SEED.clientId, h.serviceUrl]);
    assert.ok(claims.exp > claims.nbf);
    assert.equal(activity.id, res.activityId);
    assert.deepEqual([activity.type, activity.channelId, activity.serviceUrl, activity.text], ['message', 'msteams', h.serviceUrl, 'hello']);
    assert.equal(activity.recipient.id, `28:${SEED.clientId}`);
    assert.match(activity.from.id, /^29:/);
    assert.equal(activity.from.aadObjectId, MEGAN.aadObjectId);
    assert.deepEqual(activity.conversation, { id: res.conversationId, conversationType: 'personal', tenantId: SEED.tailspin });
    assert.deepEqual(activity.channelData, { tenant: { id: SEED.tailspin } });
  });

  it('delivers an adaptiveCard/action invoke and returns the bot\'s invoke response', async () => {
    const value = { action: { type: 'Action.Execute', verb: 'enable', data: { userId: 'u1' } }, trigger: 'manual' };
    const res = (await drive('messages', { invoke: { name: 'adaptiveCard/action', value }, replyToId: '123' })).json();
    assert.equal(res.status, 200);
    assert.deepEqual(res.body.value, { verb: 'enable' });
    const { activity } = received.at(-1) as Received;
    assert.deepEqual([activity.type, activity.name, activity.replyToId, activity.value], ['invoke', 'adaptiveCard/action', '123', value]);
  });

  it('installs the bot in a team channel: conversationUpdate with the bot added; messages there @mention it', async () => {
    const conversation = { conversationType: 'channel' };
    const res = (await drive('install', { conversation, botName: 'Backup365' })).json();
    assert.equal(res.status, 200);
    const installed = (received.at(-1) as Received).activity;
    assert.equal(installed.type, 'conversationUpdate');
    assert.deepEqual(installed.membersAdded, [{ id: `28:${SEED.clientId}` }]);
    assert.equal(installed.channelData.eventType, 'teamMemberAdded');
    assert.match(installed.conversation.id, /^19:.*@thread\.tacv2$/);
    await drive('messages', { conversation: { id: installed.conversation.id, conversationType: 'channel' }, botName: 'Backup365', text: 'status' });
    const message = (received.at(-1) as Received).activity;
    assert.equal(message.text, '<at>Backup365</at> status');
    assert.equal(message.entities.at(-1).mentioned.id, `28:${SEED.clientId}`);
    assert.equal(message.channelData.channel.id, installed.conversation.id);
    assert.equal(message.conversation.isGroup, true);
  });

  it('lists conversations newest first; a bot that is down is a 502', async () => {
    const { conversations } = (await h.admin('GET', '/channel/conversations')).json();
    assert.equal(conversations.length, 2);
    assert.equal(conversations[0].conversationType, 'channel');
    const down = await h.admin('POST', '/channel/messages', { botEndpoint: 'http://127.0.0.1:1/api/messages', botAppId: SEED.clientId, from: MEGAN, tenantId: SEED.tailspin, text: 'x' });
    assert.deepEqual([down.status, down.json().error.code], [502, 'DEVTENANT.BOT_UNREACHABLE']);
  });

  it('renders the conversation\'s Adaptive Cards in a browser, and follows an edit', async () => {
    const token = await h.botToken();
    const card = (text: string) => ({ type: 'message', attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text }] } }] });
    const created = (await h.connector('POST', '/v3/conversations', token, { tenantId: SEED.tailspin, members: [{ id: MEGAN.aadObjectId }], activity: card('**Working**') })).json();
    const browser = await sharedChromium();
    const page = await browser.newPage();
    try {
      await page.goto(`${h.dt.browserUrl}/_devtenant/channel/${encodeURIComponent(created.id)}`);
      await page.locator('.ac-adaptiveCard strong', { hasText: 'Working' }).waitFor({ timeout: 5000 });
      await h.connector('PUT', `/v3/conversations/${encodeURIComponent(created.id)}/activities/${created.activityId}`, token, card('Done'));
      await page.locator('.ac-adaptiveCard', { hasText: 'Done' }).waitFor({ timeout: 5000 });
      assert.match((await page.locator('.meta').first().textContent()) ?? '', /edited 1×/);
    } finally {
      await page.close();
    }
  });
});
