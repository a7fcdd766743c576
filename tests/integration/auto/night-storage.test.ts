import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { startStorageCounter, type StorageCounter } from "../../../scripts/lib/storage-counter.js";
import { batchKey, isCheckNight, nextAutoRun, runAutoSweep, targetListId, type Clock, type Job } from "../../../service/index.js";
import { createJobRepository } from "../../../service/store/job.repository.js";
import { createTableClientFactory } from "../../../service/store/table-client-factory.js";
import { devtenantAdmin } from "../../support/devtenant-admin.js";
import { connectFreshTenant, waitForJob } from "../../support/jobs.js";
import { apiClient, signIn, staffUpns } from "../../support/sign-in.js";
import { sharedInfra, startProduct, type TestProduct } from "../../support/stack.js";

/**
 * What a night costs storage, counted by a pass-through in front of Azurite (the bench's counter): the job's steps
 * stay with the instance that took its message, so waiting for Microsoft's bulk job costs no queue round trip, and
 * the tracking call reads back neither the job, its targets nor its recorded batch.
 */
describe("Enable Auto night: storage requests of one customer's job", function () {
  this.timeout(120_000);
  let product: TestProduct;
  let tables: StorageCounter;
  let queues: StorageCounter;
  let tenantId: string;
  let direct: ReturnType<typeof createJobRepository>;
  const customerId = "contoso-dental";
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

  before(async () => {
    const infra = await sharedInfra();
    const port = (name: string) => Number(new RegExp(`${name}=http://127\\.0\\.0\\.1:(\\d+)/`).exec(infra.azurite.connectionString)![1]);
    const prefix = `n${randomBytes(5).toString("hex")}`;
    tables = await startStorageCounter(port("TableEndpoint"), prefix);
    queues = await startStorageCounter(port("QueueEndpoint"), prefix);
    const counted = infra.azurite.connectionString
      .replace(/TableEndpoint=http:\/\/127\.0\.0\.1:\d+\//, `TableEndpoint=http://127.0.0.1:${tables.port}/`)
      .replace(/QueueEndpoint=http:\/\/127\.0\.0\.1:\d+\//, `QueueEndpoint=http://127.0.0.1:${queues.port}/`);
    product = await startProduct({ B365_SWEEP_TICK_SECONDS: "3600", B365_TABLE_PREFIX: prefix, B365_STORAGE_CONNECTION_STRING: counted });
    // The test's own reads go straight to Azurite, so they are not counted.
    direct = createJobRepository(createTableClientFactory(infra.azurite.connectionString, { tablePrefix: prefix }));
    await devtenantAdmin(infra.devtenant.url).backupSettings({ protectAfterMs: 300, jobCompleteAfterMs: 200, failureRate: 0 });
    const token = await signIn(product.url, staffUpns.operator);
    const api = apiClient(product.url, token);
    ({ tenantId } = await connectFreshTenant(product.url, infra.devtenant.url, token, customerId, 30));
    assert.equal((await api.put(`/api/customers/${customerId}/auto`, { on: true })).status, 200);
    const first = new Date(nextAutoRun(new Date()).getTime() + 30_000);
    await sweepAt(first); // the first night reads the directory in full
    await waitForJob(api, customerId, (await api.get(`/api/customers/${customerId}`)).body.lastAutoRunJobId);
  });
  after(async () => {
    await product?.close();
    await Promise.all([tables?.close(), queues?.close()]);
  });

  const sweepAt = (at: Date) => {
    const clock: Clock = { now: () => at };
    return runAutoSweep({ ...product.services.deps, clock, leases: product.services.leases }, "night-storage");
  };

  it("a trusting night with new users: no queue round trip while Microsoft works, and nothing the job wrote is read back", async () => {
    await devtenantAdmin(product.infra.devtenant.url).addUsers(tenantId, 4);
    let night = nextAutoRun(nextAutoRun(new Date()));
    while (isCheckNight(customerId, night)) night = nextAutoRun(night);
    const msp = (await product.services.deps.customers.listAutoEnabled()).find((c) => c.id === customerId)!.mspTenantId;
    tables.reset();
    queues.reset();
    const sweep = await sweepAt(new Date(night.getTime() + 30_000));
    assert.equal(sweep.customers, 1);
    const customer = await product.services.deps.customers.get(msp, customerId);
    let job: Job | null = null;
    for (const deadline = Date.now() + 30_000; Date.now() < deadline && !(job?.status === "done" && (queues.counts()["queue delete"] ?? 0) > 0); await sleep(100)) {
      job = await direct.get(customer!.mspTenantId, customerId, customer!.lastAutoRunJobId!);
    }
    assert.equal(job?.status, "done");
    assert.equal(job.counts.total, 4);
    assert.equal(job.counts.protected, 4);
    const counts = { ...tables.counts(), ...queues.counts() };
    const seen = JSON.stringify(counts);
    // The queue: the sweep's message, taken once and completed once; the wait for the bulk job happened in the instance.
    assert.equal(counts["queue send"], 1, seen);
    assert.equal(counts["queue update"] ?? 0, 0, seen);
    assert.equal(counts["queue delete"], 1, seen);
    // The job is read once (its first call); the tracking call uses the job, targets and batch the first call stored.
    assert.equal(counts["table get jobs"], 1, seen);
    assert.equal(counts["table get jobtargets"] ?? 0, 0, seen);
    assert.equal(counts["table get jobbatches"] ?? 0, 0, `the submit claims the batch of targets it wrote in the same call without looking first: ${seen}`);
    // The batch is claimed once; Microsoft's id goes onto the job with the step after the submit, not onto the claim.
    assert.equal(counts["table insert jobbatches"], 1, seen);
    assert.equal(counts["table update jobbatches"] ?? 0, 0, seen);
    assert.match(job.bulkJobIds?.[batchKey(targetListId(job, "exchange"), 0)] ?? "", /.+/, "the job holds Microsoft's bulk job id");
    // A list of four targets is one row, written as such (no transaction around it).
    assert.deepEqual([counts["table update jobtargets"], counts["table batch jobtargets"] ?? 0], [1, 0], seen);
    // The job is stored twice: with the submit (running, sync, snapshot and submit at once), and when done.
    assert.equal(counts["table update jobs"], 2, seen);
    // The sync row: read for the deltaLink and the to-do list, then written once, after the job's save: the new
    // deltaLink, with the users the night submitted already off the list (they were never on it in storage).
    assert.equal(counts["table get users<tenant> sync row"], 1, seen);
    assert.equal(counts["table update users<tenant> sync row"], 1, seen);
    assert.deepEqual((await product.services.deps.tenantUsers.readToDo(tenantId)).ids, [], "nothing left on the to-do list");
    // The new users are inserted by the sync, which tells they were not there (so off): the snapshot does not read them.
    assert.equal((counts["table query users<tenant>"] ?? 0) + (counts["table get users<tenant>"] ?? 0), 0, seen);
  });

  it("a night whose batch an earlier attempt claimed and never submitted (a crash) asks Microsoft once, and ends done", async () => {
    const cloud = devtenantAdmin(product.infra.devtenant.url);
    await cloud.addUsers(tenantId, 3);
    const before = await cloud.backupSummary(tenantId);
    let night = new Date(Date.now() + 30 * 86_400_000);
    while (isCheckNight(customerId, night)) night = nextAutoRun(night);
    // The delta read waits, so the claim below lands while the job is in its sync step, before it submits.
    await cloud.fault({ match: "GET /v1.0/users/delta", delayMs: 2_000, times: 1 });
    assert.equal((await sweepAt(new Date(nextAutoRun(night).getTime() + 30_000))).customers, 1);
    const customer = (await product.services.deps.customers.get((await product.services.deps.customers.listAutoEnabled()).find((c) => c.id === customerId)!.mspTenantId, customerId))!;
    const listId = targetListId({ id: customer.lastAutoRunJobId! }, "exchange");
    await direct.claimBatch(listId, 0, `Backup365 ${listId} batch 1`);
    let job: Job | null = null;
    for (const deadline = Date.now() + 30_000; Date.now() < deadline && job?.status !== "done"; await sleep(100)) job = await direct.get(customer.mspTenantId, customerId, customer.lastAutoRunJobId!);
    await cloud.clearFaults();
    assert.deepEqual({ status: job?.status, total: job?.counts.total, protected: job?.counts.protected }, { status: "done", total: 3, protected: 3 });
    const after = await cloud.backupSummary(tenantId);
    assert.equal(after.jobs - before.jobs, 1, "one bulk job for the night");
    assert.equal(after.duplicateUnitAdds, before.duplicateUnitAdds, "no user added twice");
    assert.equal((await direct.getBatch(listId, 0))?.bulkJobId, null, "the claim stays as the earlier attempt left it");
    assert.ok(job?.bulkJobIds?.[batchKey(listId, 0)], "the job holds the id of the one bulk job it asked for");
  });

  it("a night whose bulk job takes several polls stores the job only when its progress changes", async () => {
    const cloud = devtenantAdmin(product.infra.devtenant.url);
    await cloud.addUsers(tenantId, 2);
    await cloud.backupSettings({ protectAfterMs: 300, jobCompleteAfterMs: 3_500, failureRate: 0 });
    let night = new Date(Date.now() + 60 * 86_400_000);
    while (isCheckNight(customerId, night)) night = nextAutoRun(night);
    await cloud.resetCounters();
    tables.reset();
    assert.equal((await sweepAt(new Date(nextAutoRun(night).getTime() + 30_000))).customers, 1);
    const customer = (await product.services.deps.customers.get((await product.services.deps.customers.listAutoEnabled()).find((c) => c.id === customerId)!.mspTenantId, customerId))!;
    let job: Job | null = null;
    for (const deadline = Date.now() + 30_000; Date.now() < deadline && job?.status !== "done"; await sleep(100)) job = await direct.get(customer.mspTenantId, customerId, customer.lastAutoRunJobId!);
    await cloud.backupSettings({ protectAfterMs: 300, jobCompleteAfterMs: 200, failureRate: 0 });
    assert.deepEqual({ status: job?.status, protected: job?.counts.protected }, { status: "done", protected: 2 });
    const polls = Object.entries(await cloud.counters()).filter(([route]) => route.startsWith("GET ") && route.endsWith("BulkAdditionJobs/:jobId")).reduce((n, [, v]) => n + v, 0);
    assert.ok(polls >= 3, `the bulk job was polled while Microsoft worked (${polls})`);
    assert.equal(tables.counts()["table update jobs"], 2, `stored with its submit and when done, not at each poll: ${JSON.stringify(tables.counts())}`);
  });
});
