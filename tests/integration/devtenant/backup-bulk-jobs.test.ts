import assert from 'node:assert/strict';
import { BR, backupSettings, call, expectStatus, pageAll, prepareTenant, sleep, userIds, type BackupTenant } from './support/backup-client.js';
import { SEED, startHarness, type Harness } from './support/devtenant-fixture.js';

const JOBS = 'mailboxProtectionUnitsBulkAdditionJobs';
/** Long enough to read 2,000 units twice before they turn protected, on a slow machine. */
const PROTECT_MS = 700;

describe('devtenant Microsoft 365 Backup: bulk addition jobs and unit paging', () => {
  let h: Harness;
  let t: BackupTenant;
  let ids: string[];
  let policyId: string;
  before(async () => {
    h = await startHarness();
    await backupSettings(h, { protectAfterMs: PROTECT_MS, jobCompleteAfterMs: 100, failureRate: 0 });
    t = await prepareTenant(h, SEED.wingtip);
    ids = await userIds(h, t.app, 2000);
  });
  after(async () => h.dt.close());
  beforeEach(async () => {
    await h.admin('DELETE', `/backup/${SEED.wingtip}`);
    t = await prepareTenant(h, SEED.wingtip);
    policyId = (await call(h, 'POST', '/exchangeProtectionPolicies', t.app, { displayName: 'Mail' })).json().id;
    await expectStatus(call(h, 'POST', `/exchangeProtectionPolicies/${policyId}/activate`, t.app), 200);
  });
  afterEach(async () => backupSettings(h, { failureRate: 0 }));

  const createJob = (body: unknown) => call(h, 'POST', `/exchangeProtectionPolicies/${policyId}/${JOBS}`, t.app, body);
  const units = (query = '') => pageAll(h, t.app, `/exchangeProtectionPolicies/${policyId}/mailboxProtectionUnits${query}`);

  it('adds 2,000 mailboxes: job active → completed, units protectRequested → protected, paged with $skiptoken', async () => {
    await h.admin('POST', '/counters/reset');
    const started = Date.now();
    const job = (await expectStatus(createJob({ displayName: 'All users', directoryObjectIds: ids }), 201)).json();
    assert.deepEqual([job.status, job.error, job.directoryObjectIds.length, job.mailboxes.length], ['active', null, 2000, 0]);
    assert.ok(job.id && job.createdDateTime && job.createdBy.application.id === SEED.clientId);
    assert.equal((await units()).items.length, 0, 'units appear when the job completes');
    await sleep(120);
    const done = (await call(h, 'GET', `/exchangeProtectionPolicies/${policyId}/${JOBS}/${job.id}`, t.app)).json();
    assert.deepEqual([done.status, done.error], ['completed', null]);
    assert.equal((await call(h, 'GET', `/exchangeProtectionPolicies/${policyId}/${JOBS}`, t.app)).json().value.length, 1);
    const first = await units('?$top=1000');
    assert.deepEqual([first.pages, first.items.length, new Set(first.items.map((u) => u.id)).size], [2, 2000, 2000]);
    assert.ok(first.items.every((u) => u.status === 'protectRequested'));
    assert.deepEqual(new Set(first.items.map((u) => u.directoryObjectId)), new Set(ids));
    await sleep(started + 100 + PROTECT_MS + 30 - Date.now());
    const paged = await units();
    assert.deepEqual([paged.pages, paged.items.length], [20, 2000], 'default page size 100');
    assert.ok(paged.items.every((u) => u.status === 'protected' && u.error === null));
    assert.equal((await units(`?$filter=status eq 'protectRequested'`)).items.length, 0);
    assert.equal((await call(h, 'GET', `/mailboxProtectionUnits?$top=1001`, t.app)).status, 400);
    const summary = (await h.admin('GET', `/backup/${SEED.wingtip}`)).json();
    assert.deepEqual(summary.policies[0].byStatus, { protected: 2000 });
    const counters = (await h.admin('GET', '/counters')).json();
    assert.equal(counters[`POST ${BR}/exchangeProtectionPolicies/:id/${JOBS}`], 1);
    assert.equal(counters[`GET ${BR}/exchangeProtectionPolicies/:id/${JOBS}/:jobId`], 1);
  });

  it('fails a deterministic failureRate share with MailboxNotFound, the same on every read', async () => {
    await backupSettings(h, { failureRate: 0.1 });
    await expectStatus(createJob({ directoryObjectIds: ids }), 201);
    await sleep(100 + PROTECT_MS + 30);
    const failed = await units(`?$filter=status eq 'unprotected'&$top=1000`);
    assert.ok(failed.items.length > 120 && failed.items.length < 280, `${failed.items.length} of 2000 failed`);
    assert.ok(failed.items.every((u) => u.error.code === 'MailboxNotFound' && u.error.message));
    const again = await units(`?$filter=status eq 'unprotected'&$top=1000`);
    assert.deepEqual(again.items.map((u) => u.id), failed.items.map((u) => u.id));
    const counts = (await call(h, 'GET', `/exchangeProtectionPolicies/${policyId}`, t.app)).json().protectionPolicyArtifactCount;
    assert.deepEqual(counts, { total: 2000, completed: 2000 - failed.items.length, inProgress: 0, failed: failed.items.length });
  });

  it('reports unknown ids and mailboxes as completedWithErrors with details, and never adds a resource twice', async () => {
    const unknownId = '0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d';
    const body = { directoryObjectIds: [...ids.slice(2, 12), unknownId], mailboxes: ['megan@wingtiptoys.onmicrosoft.com', 'ghost@wingtiptoys.onmicrosoft.com'] };
    const job = (await expectStatus(createJob(body), 201)).json();
    await sleep(120);
    const done = (await call(h, 'GET', `/exchangeProtectionPolicies/${policyId}/${JOBS}/${job.id}`, t.app)).json();
    assert.equal(done.status, 'completedWithErrors');
    assert.ok(done.error.code && done.error.message);
    assert.deepEqual(done.error.details.map((d: any) => [d.code, d.target]), [['MailboxNotFound', unknownId], ['MailboxNotFound', 'ghost@wingtiptoys.onmicrosoft.com']]);
    assert.equal((await units()).items.length, 11, '10 ids + megan (ids[1] is megan@, not among them)');
    await expectStatus(createJob({ directoryObjectIds: [...ids.slice(2, 22), ids[2]] }), 201);
    await sleep(120);
    const all = await units();
    assert.equal(all.items.length, 21);
    assert.equal(new Set(all.items.map((u) => u.directoryObjectId)).size, 21);
    assert.equal((await h.admin('GET', `/backup/${SEED.wingtip}`)).json().duplicateUnitAdds, 11, '10 already there + 1 repeated');
  });

  it('refuses more than 50,000 resources (400 BulkJobResourceLimitExceeded) and empty jobs', async () => {
    const many = Array.from({ length: 50_001 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
    const res = await createJob({ directoryObjectIds: many });
    assert.deepEqual([res.status, res.json().error.code], [400, 'BulkJobResourceLimitExceeded']);
    const empty = await createJob({ displayName: 'nothing' });
    assert.deepEqual([empty.status, empty.json().error.code], [400, 'InvalidCreateRequest']);
    assert.equal((await call(h, 'GET', `/exchangeProtectionPolicies/${policyId}/${JOBS}/nope`, t.app)).status, 404);
  });
});
