import assert from "node:assert/strict";
import { jobIdTimePrefix, type Job, type JobKind } from "../../../service/domain/job.js";
import { createJobRepository } from "../../../service/store/job.repository.js";
import { createTableClientFactory } from "../../../service/store/table-client-factory.js";
import { sharedInfra } from "../../support/stack.js";

/** A customer's newest jobs (the Enable page, the SharePoint panel) after a year and more of nightly Enable Auto jobs. */
describe("Jobs: the customer's newest jobs, recent ones read first", function () {
  this.timeout(60_000);
  const day = 86_400_000;
  const now = Date.now();
  let jobs: ReturnType<typeof createJobRepository>;
  const job = (daysAgo: number, kind: JobKind = "enableMailboxes"): Job => {
    const at = now - daysAgo * day;
    return {
      mspTenantId: "msp", customerId: "contoso", id: `${jobIdTimePrefix(at)}${String(daysAgo).padStart(8, "0")}`, kind, selection: "all", status: "done", step: "track",
      requestedByOid: "o", requestedBy: "Enable Auto", requestedAt: new Date(at).toISOString(), updatedAt: new Date(at).toISOString(), finishedAt: new Date(at).toISOString(),
      tenantId: "t", policyIds: {}, counts: { total: 0, protected: 0, pending: 0, failed: 0 }, failures: [], pausedReason: null, workloads: null, reporting: null,
    };
  };

  before(async () => {
    const { azurite } = await sharedInfra();
    jobs = createJobRepository(createTableClientFactory(azurite.connectionString, { tablePrefix: `newest${Date.now().toString(36)}` }));
    // 500 nights (one a day, the newest 1 day ago) and one provisioning 200 days ago.
    const all = [...Array.from({ length: 500 }, (_, i) => job(i + 1)), job(200.5, "provisionSites")];
    for (let i = 0; i < all.length; i += 25) await Promise.all(all.slice(i, i + 25).map((j) => jobs.create(j)));
  });

  it("gives the newest jobs first, whether they lie in the last month, the last year or before", async () => {
    const days = async (limit: number) => (await jobs.list("msp", "contoso", { limit })).map((j) => Math.round((now - Date.parse(j.requestedAt)) / day * 2) / 2);
    assert.deepEqual(await days(5), [1, 2, 3, 4, 5]);
    const fifty = await days(50);
    assert.equal(fifty.length, 50);
    assert.deepEqual(fifty.slice(28, 32), [29, 30, 31, 32], "across the 30-day window");
    const all = await days(1_000);
    assert.equal(all.length, 501, "and past the year when asked for that many");
    assert.deepEqual(all.slice(-2), [499, 500]);
  });

  it("finds the last provisioning by kind, however many nightly jobs came after it", async () => {
    const [last] = await jobs.list("msp", "contoso", { kind: "provisionSites", limit: 1 });
    assert.equal(last?.kind, "provisionSites");
    assert.equal(Math.round((now - Date.parse(last!.requestedAt)) / day * 2) / 2, 200.5);
    assert.deepEqual(await jobs.list("msp", "fabrikam", { kind: "provisionSites" }), []);
  });
});
