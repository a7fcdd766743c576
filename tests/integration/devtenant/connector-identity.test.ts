import assert from 'node:assert/strict';
import { jwtClaims, SEED } from './support/devtenant-fixture.js';
import { BOTFRAMEWORK, MEGAN, startConnectorHarness, type ConnectorHarness } from './support/connector-harness.js';
import { send } from './support/http-client.js';

describe('devtenant Bot Framework: channel identity and Bot Connector', () => {
  let h: ConnectorHarness;
  let token: string;
  before(async () => {
    h = await startConnectorHarness();
    token = await h.botToken();
  });
  after(async () => h.dt.close());
  beforeEach(async () => h.admin('DELETE', '/faults'));

  it('publishes the channel\'s OpenID metadata and a key endorsed for msteams, apart from Entra\'s', async () => {
    const meta = (await h.https('/botframework/v1/.well-known/openidconfiguration')).json();
    assert.equal(meta.issuer, BOTFRAMEWORK);
    assert.equal(meta.jwks_uri, `${h.dt.url}/botframework/v1/.well-known/keys`);
    assert.deepEqual(meta.id_token_signing_alg_values_supported, ['RS256']);
    const { keys } = (await h.https('/botframework/v1/.well-known/keys')).json();
    assert.equal(keys.length, 1);
    assert.deepEqual(keys[0].endorsements, ['msteams']);
    assert.ok(keys[0].kid && keys[0].n && keys[0].e && keys[0].kty === 'RSA');
    const entra = (await h.https(`/${SEED.mspA}/discovery/v2.0/keys`)).json().keys[0];
    assert.notEqual(keys[0].kid, entra.kid);
  });

  it('issues a Bot Connector token for https://api.botframework.com/.default', async () => {
    const claims = jwtClaims(token);
    assert.equal(claims.aud, BOTFRAMEWORK);
    assert.equal(claims.azp, SEED.clientId);
    assert.equal(claims.tid, SEED.mspA);
    assert.deepEqual(claims.roles, []);
  });

  it('answers 401 without a token or with a Graph token, in the connector\'s shape', async () => {
    const none = await h.connector('POST', '/v3/conversations', undefined, { tenantId: SEED.tailspin, members: [{ id: MEGAN.aadObjectId }] });
    assert.equal(none.status, 401);
    assert.equal(none.json().error.code, 'Unauthorized');
    const graph = await h.https(`/${SEED.mspA}/oauth2/v2.0/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'client_credentials', client_id: SEED.clientId, client_secret: SEED.clientSecret, scope: 'https://graph.microsoft.com/.default' }).toString(),
    });
    const wrongAud = await h.connector('POST', '/v3/conversations', graph.json().access_token, { tenantId: SEED.tailspin, members: [{ id: MEGAN.aadObjectId }] });
    assert.equal(wrongAud.status, 401);
  });

  it('creates a 1:1 conversation, sends, replies and updates, keeping every version', async () => {
    const created = await h.connector('POST', '/v3/conversations', token, {
      isGroup: false, tenantId: SEED.tailspin, members: [{ id: MEGAN.aadObjectId, name: MEGAN.name }], activity: { type: 'message', text: 'hello' },
    });
    assert.equal(created.status, 201, created.text);
    const { id, activityId, serviceUrl } = created.json();
    assert.match(id, /^a:/);
    assert.equal(serviceUrl, h.serviceUrl);
    const path = `/v3/conversations/${encodeURIComponent(id)}/activities`;
    const reply = await h.connector('POST', `${path}/${activityId}`, token, { type: 'message', text: 'a reply' });
    assert.equal(reply.status, 201);
    const update = await h.connector('PUT', `${path}/${activityId}`, token, { type: 'message', text: 'hello (edited)' });
    assert.deepEqual([update.status, update.json().id], [200, activityId]);
    const again = await h.connector('POST', '/v3/conversations', token, { tenantId: SEED.tailspin, members: [{ id: MEGAN.aadObjectId }] });
    assert.equal(again.json().id, id, 'one 1:1 chat per bot and user');
    const members = (await h.connector('GET', `/v3/conversations/${encodeURIComponent(id)}/members`, token)).json();
    assert.equal(members[0].aadObjectId, MEGAN.aadObjectId);
    const view = (await h.admin('GET', `/channel/conversations/${encodeURIComponent(id)}`)).json();
    assert.deepEqual(view.activities.map((a: any) => [a.activity.text, a.versions]), [['a reply', 1], ['hello (edited)', 2]]);
    assert.equal(view.activities[0].activity.replyToId, activityId);
    assert.equal(view.activities[1].history[0].activity.text, 'hello');
  });

  it('answers 404 for an unknown conversation or activity, 400 for a bad activity', async () => {
    const unknown = await h.connector('POST', '/v3/conversations/a%3Anope/activities', token, { type: 'message', text: 'x' });
    assert.deepEqual([unknown.status, unknown.json().error.code], [404, 'ConversationNotFound']);
    const { id } = (await h.connector('POST', '/v3/conversations', token, { tenantId: SEED.tailspin, members: [{ id: MEGAN.aadObjectId }] })).json();
    const path = `/v3/conversations/${encodeURIComponent(id)}/activities`;
    assert.equal((await h.connector('PUT', `${path}/123`, token, { type: 'message' })).status, 404);
    const bad = await h.connector('POST', path, token, { text: 'no type' });
    assert.deepEqual([bad.status, bad.json().error.code], [400, 'BadArgument']);
  });

  it('answers an injected 429 in the connector\'s shape with Retry-After', async () => {
    await h.admin('POST', '/faults', { match: 'POST /connector/', status: 429, retryAfterSeconds: 3, times: 1 });
    const res = await h.connector('POST', '/v3/conversations', token, { tenantId: SEED.tailspin, members: [{ id: MEGAN.aadObjectId }] });
    assert.equal(res.status, 429);
    assert.equal(res.header('retry-after'), '3');
    assert.equal(res.json().error.code, 'Throttled');
    assert.equal((await h.admin('GET', '/counters')).json()['POST /connector/v3/conversations (faulted)'], 1);
  });

  it('refuses a bot endpoint off loopback', async () => {
    const res = await h.admin('POST', '/channel/messages', { botEndpoint: 'http://example.com/api/messages', botAppId: SEED.clientId, from: MEGAN, tenantId: SEED.tailspin, text: 'hi' });
    assert.equal(res.status, 400);
  });

  it('serves the channel pages and the card bundles from node_modules on browserUrl', async () => {
    const list = await send(`${h.dt.browserUrl}/_devtenant/channel`);
    assert.equal(list.status, 200);
    const { id } = (await h.connector('POST', '/v3/conversations', token, { tenantId: SEED.tailspin, members: [{ id: MEGAN.aadObjectId }] })).json();
    const page = await send(`${h.dt.browserUrl}/_devtenant/channel/${encodeURIComponent(id)}`);
    assert.match(page.text, /\/_devtenant\/assets\/adaptivecards\.min\.js/);
    const js = await send(`${h.dt.browserUrl}/_devtenant/assets/adaptivecards.min.js`);
    assert.equal(js.status, 200);
    assert.match(js.header('content-type') ?? '', /javascript/);
    assert.match((await send(`${h.dt.browserUrl}/_devtenant/assets/markdown-it.min.js`)).text, /markdownit/);
    assert.equal((await send(`${h.dt.browserUrl}/_devtenant/assets/adaptivecards.css`)).status, 200);
    assert.equal((await send(`${h.dt.browserUrl}/_devtenant/assets/..%2Fpackage.json`)).status, 404);
  });
});
