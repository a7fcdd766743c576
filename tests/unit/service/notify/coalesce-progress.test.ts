import assert from "node:assert/strict";
import type { Job } from "../../../../service/domain/job.js";
import { coalesceProgress } from "../../../../service/notify/coalesce-progress.js";

const job = (protectedCount: number, status: Job["status"] = "running"): Job => ({
  mspTenantId: "m", customerId: "c", id: "j1", kind: "enableMailboxes", selection: "all", status, step: "track",
  requestedByOid: "o", requestedBy: "Ada", requestedAt: "2026-11-25T00:00:00Z", updatedAt: "2026-11-25T00:00:00Z",
  finishedAt: status === "running" ? null : "2026-11-25T00:01:00Z", tenantId: "t", policyIds: { exchange: "p" }, workloads: null, reporting: null,
  counts: { total: 1000, protected: protectedCount, pending: 1000 - protectedCount, failed: 0 }, failures: [], pausedReason: null,
});

describe("coalesceProgress", () => {
  it("at 100 progress events a second, delivers at most one per interval, the latest, and never drops the final state", async () => {
    const delivered: Job[] = [];
    const notifier = coalesceProgress({ jobChanged: async (j) => void delivered.push(j) }, { intervalMs: 100 });
    const started = Date.now();
    for (let i = 1; i <= 100; i++) {
      await notifier.jobChanged(job(i * 9), "Contoso");
      await new Promise((r) => setTimeout(r, 10));
    }
    await notifier.jobChanged(job(1000, "done"), "Contoso");
    await new Promise((r) => setTimeout(r, 250));
    const elapsed = Date.now() - started;
    assert.ok(delivered.length <= Math.ceil(elapsed / 100) + 2, `${delivered.length} deliveries in ${elapsed} ms`);
    assert.ok(delivered.length >= 5, "progress is still shown while it moves");
    assert.equal(delivered.at(-1)?.status, "done");
    assert.equal(delivered.at(-1)?.counts.protected, 1000);
    const protectedSeen = delivered.map((j) => j.counts.protected);
    assert.deepEqual(protectedSeen, [...protectedSeen].sort((a, b) => a - b), "never an older state after a newer one");
  });

  it("does not send a state identical to the one shown", async () => {
    const delivered: Job[] = [];
    const notifier = coalesceProgress({ jobChanged: async (j) => void delivered.push(j) }, { intervalMs: 10 });
    await notifier.jobChanged(job(5), "Contoso");
    await new Promise((r) => setTimeout(r, 30));
    await notifier.jobChanged(job(5), "Contoso");
    await notifier.flush();
    assert.equal(delivered.length, 1);
  });
});
