import assert from 'node:assert/strict';
import { BR, backupSettings, call, expectStatus, pageAll, prepareTenant, sleep, userIds, type BackupTenant } from './support/backup-client.js';
import { SEED, startHarness, type Harness } from './support/devtenant-fixture.js';

describe('devtenant Microsoft 365 Backup: OneDrive and SharePoint', () => {
  let h: Harness;
  let t: BackupTenant;
  before(async () => {
    h = await startHarness();
    await backupSettings(h, { protectAfterMs: 100, jobCompleteAfterMs: 50, failureRate: 0 });
    t = await prepareTenant(h, SEED.tailspin);
  });
  after(async () => h.dt.close());

  it('protects drives: inline directoryObjectId, bulk job by directoryObjectIds and drives (emails), DriveNotFound', async () => {
    const ids = await userIds(h, t.app, 25);
    const policy = (await expectStatus(call(h, 'POST', '/oneDriveForBusinessProtectionPolicies', t.app, {
      displayName: 'OneDrive', driveProtectionUnits: [{ directoryObjectId: ids[0] }, { directoryObjectId: ids[1] }],
    }), 201)).json();
    const jobs = `/oneDriveForBusinessProtectionPolicies/${policy.id}/driveProtectionUnitsBulkAdditionJobs`;
    const job = (await expectStatus(call(h, 'POST', jobs, t.app, {
      displayName: 'rest', directoryObjectIds: ids.slice(1, 20), drives: ['megan@tailspintoys.onmicrosoft.com', 'nobody@tailspintoys.onmicrosoft.com'],
    }), 201)).json();
    assert.deepEqual([job.status, job.directoryObjectIds.length, job.drives.length], ['active', 19, 2]);
    await call(h, 'POST', `/oneDriveForBusinessProtectionPolicies/${policy.id}/activate`, t.app);
    await sleep(200);
    const done = (await call(h, 'GET', `${jobs}/${job.id}`, t.app)).json();
    assert.equal(done.status, 'completedWithErrors');
    assert.deepEqual(done.error.details.map((d: any) => [d.code, d.target]), [['DriveNotFound', 'nobody@tailspintoys.onmicrosoft.com']]);
    const units = (await pageAll(h, t.app, '/driveProtectionUnits')).items;
    assert.equal(units.length, 20, 'ids 0..19; megan (ids[1]) and ids[1] inline are one unit');
    assert.ok(units.every((u) => u.status === 'protected' && u.directoryObjectId && u.email && u.displayName));
    assert.equal(units[0]['@odata.type'], '#microsoft.graph.driveProtectionUnit');
  });

  it('protects sites: generated catalog, inline siteId, bulk job by siteWebUrls and siteIds, SiteNotFound', async () => {
    const { total, sites } = (await h.admin('GET', `/backup/${SEED.tailspin}/sites?top=4`)).json();
    assert.equal(total, 25);
    assert.deepEqual(sites[0].siteWebUrl, 'https://tailspintoys.sharepoint.com/sites/marketing0');
    assert.match(sites[0].siteId, /^tailspintoys\.sharepoint\.com,[0-9a-f-]{36},[0-9a-f-]{36}$/);
    const policy = (await expectStatus(call(h, 'POST', '/sharePointProtectionPolicies', t.app, {
      displayName: 'Sites', siteProtectionUnits: [{ siteId: sites[0].siteId }],
    }), 201)).json();
    const jobs = `/sharePointProtectionPolicies/${policy.id}/siteProtectionUnitsBulkAdditionJobs`;
    const unknownUrl = 'https://tailspintoys.sharepoint.com/sites/nowhere';
    const job = (await expectStatus(call(h, 'POST', jobs, t.app, {
      siteWebUrls: [sites[1].siteWebUrl, unknownUrl], siteIds: [sites[2].siteId, sites[3].siteId.split(',')[1]],
    }), 201)).json();
    await call(h, 'POST', `/protectionPolicies/${policy.id}/activate`, t.app);
    await sleep(200);
    const done = (await call(h, 'GET', `${jobs}/${job.id}`, t.app)).json();
    assert.deepEqual(done.error.details.map((d: any) => [d.code, d.target]), [['SiteNotFound', unknownUrl]]);
    const units = (await call(h, 'GET', `/sharePointProtectionPolicies/${policy.id}/siteProtectionUnits`, t.app)).json().value;
    assert.deepEqual(units.map((u: any) => u.siteId).sort(), sites.map((s: any) => s.siteId).sort());
    const finance = units.find((u: any) => u.siteId === sites[1].siteId);
    assert.deepEqual([finance.siteWebUrl, finance.siteName, finance.status], [sites[1].siteWebUrl, 'Finance 1', 'protected']);
    const summary = (await h.admin('GET', `/backup/${SEED.tailspin}`)).json();
    assert.deepEqual(summary.policies.map((p: any) => [p.workload, p.status, p.units]), [['oneDriveForBusiness', 'active', 20], ['sharePoint', 'active', 4]]);
    assert.equal(summary.jobs, 2);
    const counters = (await h.admin('GET', '/counters')).json();
    assert.ok(counters[`POST ${BR}/sharePointProtectionPolicies/:id/siteProtectionUnitsBulkAdditionJobs`] >= 1);
    assert.ok(counters[`POST ${BR}/protectionPolicies/:id/activate`] >= 1);
  });
});
