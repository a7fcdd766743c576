import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { startStorageCounter, type StorageCounter } from "../../../scripts/lib/storage-counter.js";
import { isCheckNight, nextAutoRun, runAutoSweep, type Clock, type Job } from "../../../service/index.js";
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
    assert.equal(counts["table get jobbatches"], 1, `only submit's check before it claims the batch: ${seen}`);
    // The sync row: read for the deltaLink, then changed twice (deltaLink with the noted users; targets off the list).
    // The snapshot takes the to-do list from the sync step's write instead of reading it again.
    assert.equal(counts["table get users<tenant> sync row"], 1, seen);
    assert.equal(counts["table update users<tenant> sync row"], 2, seen);
    // The new users are inserted by the sync, which tells they were not there (so off): the snapshot does not read them.
    assert.equal((counts["table query users<tenant>"] ?? 0) + (counts["table get users<tenant>"] ?? 0), 0, seen);
  });
});
