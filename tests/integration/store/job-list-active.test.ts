import assert from "node:assert/strict";
import type { Job, JobStatus } from "../../../service/domain/job.js";
import { createJobRepository } from "../../../service/store/job.repository.js";
import { createTableClientFactory } from "../../../service/store/table-client-factory.js";
import { sharedInfra } from "../../support/stack.js";

/** The join check of All and Provision reads only the customer's unfinished jobs, however many finished ones there are. */
describe("Jobs: the customer's active jobs, filtered by storage", function () {
  this.timeout(30_000);

  it("returns queued, running and paused jobs of that customer only, newest first", async () => {
    const { azurite } = await sharedInfra();
    const jobs = createJobRepository(createTableClientFactory(azurite.connectionString, { tablePrefix: `active${Date.now().toString(36)}` }));
    const job = (id: string, status: JobStatus, customerId = "contoso", at = id): Job => ({
      mspTenantId: "msp", customerId, id, kind: "enableMailboxes", selection: "all", status, step: "sync", requestedByOid: "o", requestedBy: "Enable Auto",
      requestedAt: `2026-12-01T10:00:${at}.000Z`, updatedAt: "2026-12-01T10:00:00.000Z", finishedAt: null, tenantId: "t", policyIds: {},
      counts: { total: 0, protected: 0, pending: 0, failed: 0 }, failures: [], pausedReason: null, workloads: null, reporting: null,
    });
    const finished: JobStatus[] = ["done", "doneWithErrors"];
    for (let i = 0; i < 30; i++) await jobs.create(job(String(i).padStart(2, "0"), finished[i % 2]!));
    await jobs.create(job("40", "queued"));
    await jobs.create(job("41", "paused"));
    await jobs.create(job("42", "running"));
    await jobs.create(job("43", "running", "fabrikam"));
    assert.deepEqual((await jobs.listActive("msp", "contoso")).map((j) => [j.id, j.status]), [["42", "running"], ["41", "paused"], ["40", "queued"]]);
    assert.deepEqual((await jobs.listActive("msp", "fabrikam")).map((j) => j.id), ["43"]);
    assert.deepEqual(await jobs.listActive("msp", "nobody"), []);
  });
});
