import assert from 'node:assert/strict';
import { SEED, startHarness, type Harness } from './support/devtenant-fixture.js';
import type { TestResponse } from './support/http-client.js';

describe('devtenant Graph JSON batching: POST /v1.0/$batch', () => {
  let h: Harness;
  let token: string;
  let ids: string[];
  const batch = (body: unknown, auth = token): Promise<TestResponse> =>
    h.https('/v1.0/$batch', { method: 'POST', headers: { authorization: `Bearer ${auth}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const drives = (n: number): { id: string; method: string; url: string }[] =>
    ids.slice(0, n).map((id, i) => ({ id: String(i + 1), method: 'GET', url: `/users/${id}/drive?$select=id,driveType` }));

  before(async () => {
    h = await startHarness();
    await h.admin('POST', `/consents/${SEED.wingtip}`);
    token = await h.appToken(SEED.wingtip);
    const users = (await h.graph('/users?$top=200&$select=id,accountEnabled,assignedLicenses', token)).json().value;
    ids = users.filter((u: any) => u.accountEnabled && u.assignedLicenses.length > 0).map((u: any) => u.id);
  });
  after(async () => h.dt.close());
  beforeEach(async () => {
    await h.admin('DELETE', '/faults');
    await h.admin('POST', '/counters/reset');
  });

  it('answers 20 drive look-ups in one call, each counted under its own route', async () => {
    const res = await batch({ requests: drives(20) });
    assert.equal(res.status, 200);
    const { responses } = res.json();
    assert.equal(responses.length, 20);
    assert.deepEqual(responses.map((r: any) => r.id), drives(20).map((r) => r.id));
    for (const r of responses) {
      assert.equal(r.status, 200);
      assert.equal(r.body.driveType, 'business');
      assert.match(r.headers['Content-Type'], /^application\/json/);
    }
    const counters = (await h.admin('GET', '/counters')).json();
    assert.equal(counters['POST /v1.0/$batch'], 1);
    assert.equal(counters['GET /v1.0/users/:id/drive'], 20);
  });

  it("refuses 21 requests, and bad payloads, with Graph's 400", async () => {
    const over = await batch({ requests: [...drives(20), { id: '21', method: 'GET', url: '/organization' }] });
    assert.equal(over.status, 400);
    assert.deepEqual([over.json().error.code, over.json().error.message], ['BadRequest', 'Number of requests inside batch exceeds the limit.']);
    for (const bad of [{}, { requests: [] }, { requests: [{ id: '1', url: '/me' }] }, { requests: [{ id: '1', method: 'GET', url: '/a' }, { id: '1', method: 'GET', url: '/b' }] }]) {
      assert.equal((await batch(bad)).status, 400, JSON.stringify(bad));
    }
    const noType = await batch({ requests: [{ id: '1', method: 'POST', url: '/users/x/sendMail', body: { message: {} } }] });
    assert.match(noType.json().error.message, /does not contain Content-Type header/);
    assert.equal((await batch({ requests: drives(1) }, 'bad.token.here')).status, 401);
  });

  it('throttles single sub-requests: 429 with Retry-After inside the responses, the batch still 200', async () => {
    await h.admin('POST', '/faults', { match: 'GET /v1.0/users/:id/drive', status: 429, retryAfterSeconds: 3, times: 2 });
    const res = await batch({ requests: drives(5) });
    assert.equal(res.status, 200);
    const statuses = res.json().responses.map((r: any) => r.status).sort();
    assert.deepEqual(statuses, [200, 200, 200, 429, 429]);
    const throttled = res.json().responses.find((r: any) => r.status === 429);
    assert.equal(throttled.headers['Retry-After'], '3');
    assert.equal(throttled.body.error.code, 'TooManyRequests');
    const counters = (await h.admin('GET', '/counters')).json();
    assert.equal(counters['GET /v1.0/users/:id/drive (faulted)'], 2);
    await h.admin('POST', '/faults', { match: 'POST /v1.0/$batch', status: 503, times: 1 });
    const whole = await batch({ requests: drives(2) });
    assert.deepEqual([whole.status, whole.header('retry-after')], [503, '1']);
  });

  it('routes any Graph call, keeps auth per sub-request, and honours dependsOn (424 after a failure)', async () => {
    const res = await batch({
      requests: [
        { id: 'org', method: 'GET', url: 'organization' },
        { id: 'missing', method: 'GET', url: '/users/nobody@wingtiptoys.onmicrosoft.com' },
        { id: 'after', method: 'GET', url: `/users/${ids[0]}/drive`, dependsOn: ['missing'] },
        { id: 'unknown', method: 'GET', url: '/nothing/here' },
        { id: 'escape', method: 'GET', url: '/../_devtenant/counters' },
        { id: 'nested', method: 'POST', url: '/%24batch', headers: { 'content-type': 'application/json' }, body: { requests: [] } },
        { id: 'count', method: 'GET', url: '/users/$count', headers: { ConsistencyLevel: 'eventual' } },
      ],
    });
    const byId = Object.fromEntries(res.json().responses.map((r: any) => [r.id, r]));
    assert.equal(byId.org.status, 200);
    assert.equal(byId.org.body.value[0].id, SEED.wingtip);
    assert.deepEqual([byId.missing.status, byId.after.status], [404, 424]);
    assert.deepEqual([byId.unknown.status, byId.escape.status, byId.nested.status], [400, 400, 400]);
    assert.deepEqual([byId.count.status, byId.count.body], [200, '2000']);
    const usersOnly = (await h.admin('POST', '/mint', { tenant: SEED.wingtip, claims: { aud: 'https://graph.microsoft.com', roles: ['User.Read.All'] } })).json().token;
    const mixed = (await batch({ requests: [{ id: '1', method: 'GET', url: `/users/${ids[0]}/drive` }, { id: '2', method: 'GET', url: `/users/${ids[0]}` }] }, usersOnly)).json();
    assert.deepEqual(mixed.responses.map((r: any) => r.status), [403, 200], "each sub-request is checked against the batch's token");
  });
});
