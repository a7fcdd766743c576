import assert from 'node:assert/strict';
import { backupSettings, call, expectStatus, prepareTenant, sleep, userIds, type BackupTenant } from './support/backup-client.js';
import { SEED, startHarness, type Harness } from './support/devtenant-fixture.js';

describe('devtenant Microsoft 365 Backup: protection policies', () => {
  let h: Harness;
  let t: BackupTenant;
  let ids: string[];
  before(async () => {
    h = await startHarness();
    await backupSettings(h, { protectAfterMs: 150, jobCompleteAfterMs: 50, failureRate: 0 });
  });
  after(async () => h.dt.close());
  beforeEach(async () => {
    t = await prepareTenant(h, SEED.wingtip);
    ids ??= (await userIds(h, t.app, 62)).slice(2); // skip admin@ and megan@
  });

  const mailboxes = (from: number, to: number) => ids.slice(from, to).map((directoryObjectId) => ({ directoryObjectId }));

  it('needs the service enabled: 400 BackupServiceNotEnabled', async () => {
    await call(h, 'POST', '/disable', t.app);
    const res = await call(h, 'POST', '/exchangeProtectionPolicies', t.app, { displayName: 'Mail' });
    assert.deepEqual([res.status, res.json().error.code], [400, 'BackupServiceNotEnabled']);
    assert.match(res.json().error.message, /enable/);
  });

  it('creates with up to 50 inline units (51 → 413), one policy per workload (409), and lists them', async () => {
    const tooMany = await call(h, 'POST', '/exchangeProtectionPolicies', t.app, { displayName: 'Mail', mailboxProtectionUnits: mailboxes(0, 51) });
    assert.deepEqual([tooMany.status, tooMany.json().error.code], [413, 'ProtectionUnitsLimitBreached']);
    const noName = await call(h, 'POST', '/exchangeProtectionPolicies', t.app, { displayName: '' });
    assert.deepEqual([noName.status, noName.json().error.code], [400, 'InvalidDisplayName']);
    const created = await expectStatus(call(h, 'POST', '/exchangeProtectionPolicies', t.app, { displayName: 'Mail', mailboxProtectionUnits: mailboxes(0, 50) }), 201);
    const policy = created.json();
    assert.equal(policy.status, 'inactive');
    assert.equal(policy.isEnabled, false);
    assert.equal(policy.displayName, 'Mail');
    assert.equal(policy.createdBy.application.id, SEED.clientId);
    assert.ok(policy.retentionSettings.length > 0 && policy.createdDateTime && policy.lastModifiedDateTime);
    assert.equal(policy.protectionPolicyArtifactCount.total, 50);
    const second = await call(h, 'POST', '/exchangeProtectionPolicies', t.app, { displayName: 'Mail 2' });
    assert.deepEqual([second.status, second.json().error.code], [409, 'PolicyCreationNotAllowed']);
    await expectStatus(call(h, 'POST', '/oneDriveForBusinessProtectionPolicies', t.app, { displayName: 'Drives' }), 201);
    const all = (await call(h, 'GET', '/protectionPolicies', t.app)).json().value;
    assert.deepEqual(all.map((p: any) => p['@odata.type']).sort(), ['#microsoft.graph.exchangeProtectionPolicy', '#microsoft.graph.oneDriveForBusinessProtectionPolicy']);
    assert.equal((await call(h, 'GET', '/exchangeProtectionPolicies', t.app)).json().value.length, 1);
    assert.equal((await call(h, 'GET', `/exchangeProtectionPolicies/${policy.id}`, t.app)).json().id, policy.id);
    assert.equal((await call(h, 'GET', `/sharePointProtectionPolicies/${policy.id}`, t.app)).json().error.code, 'PolicyNotFound');
  });

  it('PATCHes units with @delta (adds, @removed, ≤ 50), never duplicating a resource, and counts duplicate adds', async () => {
    const policy = (await call(h, 'POST', '/exchangeProtectionPolicies', t.app, { displayName: 'Mail', mailboxProtectionUnits: mailboxes(0, 10) })).json();
    const tooMany = await call(h, 'PATCH', `/exchangeProtectionPolicies/${policy.id}`, t.app, { 'mailboxProtectionUnits@delta': mailboxes(0, 51) });
    assert.equal(tooMany.status, 413);
    const delta = [...mailboxes(5, 15), { email: 'megan@wingtiptoys.onmicrosoft.com' }];
    const patched = (await expectStatus(call(h, 'PATCH', `/exchangeProtectionPolicies/${policy.id}`, t.app, { 'mailboxProtectionUnits@delta': delta }), 200)).json();
    assert.equal(patched['mailboxProtectionUnits@delta'].length, 11);
    assert.equal(patched.protectionPolicyArtifactCount.total, 16, '10 + 5 new + megan');
    const summary = (await h.admin('GET', `/backup/${SEED.wingtip}`)).json();
    assert.equal(summary.duplicateUnitAdds, 5);
    const units = (await call(h, 'GET', `/exchangeProtectionPolicies/${policy.id}/mailboxProtectionUnits`, t.app)).json().value;
    assert.equal(units.length, 16);
    assert.equal(new Set(units.map((u: any) => u.directoryObjectId)).size, 16);
    const megan = units.find((u: any) => u.email === 'megan@wingtiptoys.onmicrosoft.com');
    assert.equal(megan.displayName, 'Megan Bowen');
    const removal = { 'mailboxProtectionUnits@delta': [{ id: megan.id, '@removed': { reason: 'changed' } }] };
    const removed = (await call(h, 'PATCH', `/exchangeProtectionPolicies/${policy.id}`, t.app, removal)).json();
    assert.equal(removed['mailboxProtectionUnits@delta'][0].status, 'removeRequested');
    await sleep(200);
    assert.equal((await call(h, 'GET', `/mailboxProtectionUnits/${megan.id}`, t.app)).status, 404);
    const bad = await call(h, 'PATCH', `/exchangeProtectionPolicies/${policy.id}`, t.app, { 'mailboxProtectionUnits@delta': [{ directoryObjectId: 'nope' }] });
    assert.deepEqual([bad.status, bad.json().error.code], [400, 'InvalidProtectionUnitId']);
  });

  it('protects units only after activation and protectAfterMs; unknown mailboxes end unprotected with MailboxNotFound', async () => {
    const unknown = '0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d';
    const items = [...mailboxes(0, 3), { directoryObjectId: unknown }];
    const policy = (await call(h, 'POST', '/exchangeProtectionPolicies', t.app, { displayName: 'Mail', mailboxProtectionUnits: items })).json();
    await sleep(200);
    const before = (await call(h, 'GET', '/mailboxProtectionUnits', t.app)).json().value;
    assert.deepEqual(before.map((u: any) => u.status), ['protectRequested', 'protectRequested', 'protectRequested', 'protectRequested'], 'inactive policy');
    const active = (await expectStatus(call(h, 'POST', `/protectionPolicies/${policy.id}/activate`, t.app), 200)).json();
    assert.deepEqual([active.status, active.isEnabled], ['active', true]);
    assert.equal((await call(h, 'GET', '/mailboxProtectionUnits?$filter=status eq \'protectRequested\'', t.app)).json().value.length, 4);
    await sleep(200);
    const after = (await call(h, 'GET', '/mailboxProtectionUnits', t.app)).json().value;
    assert.deepEqual(after.map((u: any) => u.status), ['protected', 'protected', 'protected', 'unprotected']);
    const failed = after[3];
    assert.deepEqual([failed.directoryObjectId, failed.email, failed.error.code], [unknown, null, 'MailboxNotFound']);
    const unit = (await call(h, 'GET', `/mailboxProtectionUnits/${after[0].id}`, t.app)).json();
    assert.deepEqual(Object.keys(unit).filter((k) => !k.startsWith('@')).sort(), [
      'createdBy', 'createdDateTime', 'directoryObjectId', 'displayName', 'email', 'error', 'id', 'lastModifiedBy',
      'lastModifiedDateTime', 'offboardRequestedDateTime', 'policyId', 'protectionSources', 'status',
    ]);
    assert.deepEqual([unit.policyId, unit.protectionSources, unit.error], [policy.id, 'manual', null]);
    const counts = (await call(h, 'GET', `/exchangeProtectionPolicies/${policy.id}`, t.app)).json().protectionPolicyArtifactCount;
    assert.deepEqual(counts, { total: 4, completed: 3, inProgress: 0, failed: 1 });
  });
});
