import assert from 'node:assert/strict';
import { BR, call, delegatedToken, expectStatus, prepareTenant, type BackupTenant } from './support/backup-client.js';
import { SEED, startHarness, type Harness } from './support/devtenant-fixture.js';

const DAY = 24 * 3600 * 1000;

describe('devtenant Microsoft 365 Backup: service apps and enable', () => {
  let h: Harness;
  let t: BackupTenant;
  before(async () => {
    h = await startHarness();
  });
  after(async () => h.dt.close());
  beforeEach(async () => {
    t = await prepareTenant(h, SEED.tailspin, 'consent');
  });

  it('reads the backupRestoreRoot (disabled at first) and refuses tokens without a BackupRestore permission', async () => {
    const res = await expectStatus(call(h, 'GET', BR, t.app), 200);
    const body = res.json();
    assert.match(body['@odata.context'], /\$metadata#solutions\/backupRestore\/\$entity$/);
    assert.equal(body.serviceStatus.status, 'disabled');
    assert.equal(body.serviceStatus.backupServiceConsumer, 'unknown');
    const minted = (await h.admin('POST', '/mint', { tenant: SEED.tailspin, claims: { aud: 'https://graph.microsoft.com', roles: ['User.Read.All'] } })).json().token;
    const denied = await call(h, 'GET', BR, minted);
    assert.equal(denied.status, 403);
    assert.equal(denied.json().error.code, 'Authorization_RequestDenied');
    assert.equal((await call(h, 'GET', BR, 'not-a-token')).status, 401);
  });

  it('registers a service app once (409 Conflict names the existing id), lists and gets it', async () => {
    const reg = await expectStatus(call(h, 'POST', '/serviceApps', t.app, { application: { id: SEED.clientId } }), 201);
    const app = reg.json();
    assert.equal(app.status, 'inactive');
    assert.deepEqual(app.application, { id: SEED.clientId, displayName: 'Backup365 for Teams' });
    assert.ok(app.registrationDateTime && app.lastModifiedDateTime);
    const again = await call(h, 'POST', '/serviceApps', t.app, { application: { id: SEED.clientId.toUpperCase() } });
    assert.equal(again.status, 409);
    assert.equal(again.json().error.code, 'Conflict');
    assert.ok(again.json().error.message.includes(app.id));
    assert.equal((await call(h, 'GET', '/serviceApps', t.app)).json().value.length, 1);
    assert.equal((await call(h, 'GET', `/serviceApps/${app.id}`, t.app)).json().id, app.id);
    assert.equal((await call(h, 'GET', '/serviceApps/00000000-0000-4000-8000-000000000000', t.app)).status, 404);
    assert.equal((await call(h, 'POST', '/serviceApps', t.app, { application: {} })).status, 400);
  });

  it('activates only with a delegated token; app-only gets 403 saying a delegated token is required', async () => {
    const { id } = (await call(h, 'POST', '/serviceApps', t.app, { application: { id: SEED.clientId } })).json();
    const appOnly = await call(h, 'POST', `/serviceApps/${id}/activate`, t.app, {});
    assert.equal(appOnly.status, 403);
    assert.equal(appOnly.json().error.code, 'Authorization_RequestDenied');
    assert.match(appOnly.json().error.message, /delegated token/);
    const noScope = await call(h, 'POST', `/serviceApps/${id}/activate`, await delegatedToken(h, SEED.tailspin, 'User.Read'), {});
    assert.equal(noScope.status, 403);
    const ok = await expectStatus(call(h, 'POST', `/serviceApps/${id}/activate`, t.user, {}), 200);
    assert.equal(ok.json().status, 'active');
    const off = await expectStatus(call(h, 'POST', `/serviceApps/${id}/deactivate`, t.user), 200);
    assert.equal(off.json().status, 'inactive');
  });

  it('defers activation (pendingActive, 7 days by default, 7–30 days allowed) when another controller is active', async () => {
    await h.admin('PUT', `/backup/${SEED.tailspin}/other-controller`, { active: true });
    const { id } = (await call(h, 'POST', '/serviceApps', t.app, { application: { id: SEED.clientId } })).json();
    const tooSoon = await call(h, 'POST', `/serviceApps/${id}/activate`, t.user, { effectiveDateTime: new Date(Date.now() + 2 * DAY).toISOString() });
    assert.equal(tooSoon.status, 400);
    const tooLate = await call(h, 'POST', `/serviceApps/${id}/activate`, t.user, { effectiveDateTime: new Date(Date.now() + 31 * DAY).toISOString() });
    assert.equal(tooLate.status, 400);
    const pending = (await expectStatus(call(h, 'POST', `/serviceApps/${id}/activate`, t.user, {}), 200)).json();
    assert.equal(pending.status, 'pendingActive');
    const days = (Date.parse(pending.effectiveDateTime) - Date.now()) / DAY;
    assert.ok(days > 6.99 && days <= 7, `effective in ${days} days`);
    const enable = await call(h, 'POST', '/enable', t.app, { appOwnerTenantId: SEED.mspA });
    assert.equal(enable.status, 403, 'a pending controller cannot enable yet');
    assert.equal(enable.json().error.code, 'ServiceAppNotActive');
    const chosen = new Date(Date.now() + 20 * DAY).toISOString();
    await call(h, 'POST', `/serviceApps/${id}/deactivate`, t.user);
    assert.equal((await call(h, 'POST', `/serviceApps/${id}/activate`, t.user, { effectiveDateTime: chosen })).json().effectiveDateTime, chosen);
    const summary = (await h.admin('GET', `/backup/${SEED.tailspin}`)).json();
    assert.equal(summary.serviceApps[0].status, 'pendingActive');
  });

  it('enables with billing ok; 402 BillingProfileNotAvailable / 403 UnableToReadBillingProfile otherwise; idempotent; disables', async () => {
    const noApp = await call(h, 'POST', '/enable', t.app, { appOwnerTenantId: SEED.mspA });
    assert.deepEqual([noApp.status, noApp.json().error.code], [403, 'ServiceAppNotActive']);
    const { id } = (await call(h, 'POST', '/serviceApps', t.app, { application: { id: SEED.clientId } })).json();
    await expectStatus(call(h, 'POST', `/serviceApps/${id}/activate`, t.user, {}), 200);
    const missing = await call(h, 'POST', '/enable', t.app, { appOwnerTenantId: SEED.mspB });
    assert.deepEqual([missing.status, missing.json().error.code], [402, 'BillingProfileNotAvailable']);
    await h.admin('PUT', `/backup/billing/${SEED.mspB}`, { state: 'unreadable' });
    const unreadable = await call(h, 'POST', '/enable', t.app, { appOwnerTenantId: SEED.mspB });
    assert.deepEqual([unreadable.status, unreadable.json().error.code], [403, 'UnableToReadBillingProfile']);
    await h.admin('PUT', `/backup/billing/${SEED.mspB}`, { state: 'missing' });
    assert.equal((await call(h, 'POST', '/enable', t.app, {})).status, 400, 'appOwnerTenantId is required');
    const ok = (await expectStatus(call(h, 'POST', '/enable', t.app, { appOwnerTenantId: SEED.mspA }), 200)).json();
    assert.equal(ok.status, 'enabled');
    assert.equal(ok.backupServiceConsumer, 'thirdparty');
    assert.match(ok['@odata.context'], /#microsoft\.graph\.serviceStatus$/);
    const again = (await expectStatus(call(h, 'POST', '/enable', t.app, { appOwnerTenantId: SEED.mspB }), 200)).json();
    assert.equal(again.lastModifiedDateTime, ok.lastModifiedDateTime, 'idempotent: already enabled');
    assert.equal((await call(h, 'GET', BR, t.app)).json().serviceStatus.status, 'enabled');
    assert.equal((await h.admin('GET', `/backup/${SEED.tailspin}`)).json().serviceStatus.appOwnerTenantId, SEED.mspA);
    const off = (await expectStatus(call(h, 'POST', '/disable', t.app), 200)).json();
    assert.deepEqual([off.status, off.disableReason], ['disabled', 'userRequested']);
  });
});
