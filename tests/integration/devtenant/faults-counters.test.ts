import assert from 'node:assert/strict';
import { SEED, startHarness, type Harness } from './support/devtenant-fixture.js';
import { formBody, send } from './support/http-client.js';

describe('devtenant admin: faults, counters and latency', () => {
  let h: Harness;
  let token: string;
  before(async () => {
    h = await startHarness();
    token = await h.appToken(SEED.mspA);
  });
  after(async () => h.dt.close());
  beforeEach(async () => {
    await h.admin('DELETE', '/faults');
    await h.admin('POST', '/counters/reset');
  });

  it('injects 429 with Retry-After a given number of times, in Graph\'s shape, and counts it apart', async () => {
    const added = await h.admin('POST', '/faults', { match: 'GET /v1.0/users', status: 429, retryAfterSeconds: 7, times: 2 });
    assert.equal(added.status, 201);
    const first = await h.graph('/users?$top=1', token);
    assert.equal(first.status, 429);
    assert.equal(first.header('retry-after'), '7');
    assert.equal(first.json().error.code, 'TooManyRequests');
    assert.equal((await h.graph('/users?$top=1', token)).status, 429);
    assert.equal((await h.graph('/users?$top=1', token)).status, 200, 'times: 2 is used up');
    assert.equal((await h.graph('/organization', token)).status, 200, 'an exact match leaves other routes alone');
    const counters = (await h.admin('GET', '/counters')).json();
    assert.equal(counters['GET /v1.0/users (faulted)'], 2);
    assert.equal(counters['GET /v1.0/users'], 1);
    assert.equal(counters['GET /v1.0/organization'], 1);
  });

  it('matches a prefix, answers the token endpoint in Entra\'s shape, and resets connections', async () => {
    await h.admin('POST', '/faults', { match: 'POST /', status: 503, times: 1 });
    const res = await h.https(`/${SEED.mspA}/oauth2/v2.0/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: formBody({ grant_type: 'client_credentials', client_id: SEED.clientId, client_secret: SEED.clientSecret, scope: 'https://graph.microsoft.com/.default' }),
    });
    assert.equal(res.status, 503);
    assert.equal(res.header('retry-after'), '1');
    assert.equal(res.json().error, 'temporarily_unavailable');
    assert.ok(res.json().error_codes.length === 1);
    await h.admin('POST', '/faults', { match: 'GET /v1.0/', reset: true, times: 1 });
    await assert.rejects(h.graph('/organization', token), /socket hang up|ECONNRESET/);
    assert.equal((await h.graph('/organization', token)).status, 200);
  });

  it('fires with a probability and adds latency to non-admin requests only', async () => {
    await h.admin('POST', '/faults', { match: 'GET /v1.0/organization', status: 500, probability: 0 });
    assert.equal((await h.graph('/organization', token)).status, 200, 'probability 0 never fires');
    await h.admin('PUT', '/latency', { ms: 150 });
    let started = Date.now();
    await h.graph('/organization', token);
    assert.ok(Date.now() - started >= 140);
    started = Date.now();
    await h.admin('GET', '/counters');
    assert.ok(Date.now() - started < 140, 'admin calls are not delayed');
    await h.admin('PUT', '/latency', { ms: 0 });
  });

  it('lists staff and tenants, creates a tenant with lazy users, and validates bodies', async () => {
    const staff = (await h.admin('GET', '/staff')).json().staff;
    assert.deepEqual(
      staff.map((s: any) => `${s.userPrincipalName} ${s.roles.join(',')}`),
      [
        'ada.admin@northwindmsp.onmicrosoft.com Backup.Admin',
        'oscar.operator@northwindmsp.onmicrosoft.com Backup.Operator',
        'vera.viewer@northwindmsp.onmicrosoft.com Backup.Viewer',
        'nora.norole@northwindmsp.onmicrosoft.com ',
        'frank.admin@fabrikammsp.onmicrosoft.com Backup.Admin',
      ],
    );
    const created = await h.admin('POST', '/tenants', { displayName: 'Contoso', domain: 'contoso.onmicrosoft.com', userCount: 500_000 });
    assert.equal(created.status, 201);
    const { tenantId } = created.json();
    const tenants = (await h.admin('GET', '/tenants')).json().tenants;
    assert.equal(tenants.find((t: any) => t.tenantId === tenantId).userCount, 500_000);
    assert.equal((await h.https('/contoso.onmicrosoft.com/v2.0/.well-known/openid-configuration')).json().issuer, `${h.dt.url}/${tenantId}/v2.0`);
    assert.equal((await h.admin('POST', '/tenants', { displayName: 'Again', domain: 'contoso.onmicrosoft.com', userCount: 1 })).status, 409);
    const bad = await h.admin('POST', '/faults', { match: 'GET /v1.0/users', status: 418 });
    assert.equal(bad.status, 400);
    assert.equal(bad.json().error.code, 'DEVTENANT.BAD_REQUEST');
    const picker = await send(`${h.dt.browserUrl}/${tenantId}/oauth2/v2.0/authorize?client_id=${SEED.clientId}&response_type=code&redirect_uri=${encodeURIComponent('http://localhost:1/auth/consent/callback')}&scope=openid`);
    assert.match(picker.text, /Contoso Admin/);
  });
});
