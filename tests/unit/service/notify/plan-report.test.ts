import assert from "node:assert/strict";
import type { Job } from "../../../../service/domain/job.js";
import type { ReportingOptions } from "../../../../service/domain/reporting.js";
import { planReports, reportFingerprint } from "../../../../service/notify/plan-report.js";
import type { ReportRecord } from "../../../../service/ports/report-store.port.js";

const t0 = Date.parse("2026-12-01T09:00:00Z");
const cadence = { minIntervalMs: 15 * 60_000, dailyMs: 86_400_000 };
const options = (o: Partial<ReportingOptions> = {}): ReportingOptions => ({ reports: ["progress", "completion"], cadence: "eachChange", emails: ["a@example.com"], ...o });

function job(status: Job["status"], protectedCount: number, o: Partial<Job> = {}): Job {
  return {
    mspTenantId: "m", customerId: "c", id: "j", kind: "provisionSites", selection: "all", status, step: "track",
    requestedByOid: "o", requestedBy: "Ada", requestedAt: "2026-12-01T09:00:00Z", updatedAt: "2026-12-01T09:00:00Z",
    finishedAt: status === "done" || status === "doneWithErrors" ? "2026-12-01T10:00:00Z" : null, tenantId: "t", policyIds: {},
    counts: { total: 100, protected: protectedCount, pending: 100 - protectedCount, failed: 0 }, failures: [], pausedReason: null,
    workloads: null, reporting: options(), ...o,
  };
}

function recorded(event: ReportRecord["event"], key: string, at: number, from: Job): ReportRecord {
  return {
    jobId: "j", key, mspTenantId: "m", customerId: "c", event, fingerprint: reportFingerprint(from), from: "o", to: ["a@example.com"],
    subject: "", html: "", text: "", status: "sent", attempts: 1, lastError: null, createdAt: new Date(at).toISOString(), nextAttemptAt: at, sentAt: null,
  };
}

describe("planReports", () => {
  it("sends Started once, with progress reports only, and nothing for a mailbox job", () => {
    assert.deepEqual(planReports(job("running", 0, { step: "sync" }), [], t0, cadence), [{ key: "00-started", event: "started" }]);
    const started = recorded("started", "00-started", t0, job("running", 0));
    assert.deepEqual(planReports(job("running", 0, { step: "sync" }), [started], t0 + 1, cadence), []);
    assert.deepEqual(planReports(job("running", 0, { reporting: options({ reports: ["failures"] }) }), [], t0, cadence), []);
    assert.deepEqual(planReports(job("running", 0, { reporting: options({ reports: ["completion"] }) }), [], t0, cadence), []);
    assert.deepEqual(planReports(job("running", 0, { kind: "enableMailboxes" }), [], t0, cadence), []);
  });

  it("on each change: a progress report when the counts moved, at most once per interval", () => {
    const started = recorded("started", "00-started", t0, job("running", 0));
    assert.deepEqual(planReports(job("running", 10), [started], t0 + 60_000, cadence), [], "too soon");
    assert.deepEqual(planReports(job("running", 0), [started], t0 + cadence.minIntervalMs, cadence), [], "nothing changed");
    assert.deepEqual(planReports(job("running", 10), [started], t0 + cadence.minIntervalMs, cadence), [{ key: "10-progress-001", event: "progress" }]);
    const first = recorded("progress", "10-progress-001", t0 + cadence.minIntervalMs, job("running", 10));
    assert.deepEqual(planReports(job("running", 20), [started, first], t0 + 2 * cadence.minIntervalMs, cadence), [{ key: "10-progress-002", event: "progress" }]);
  });

  it("daily: one summary a day even without change; on completion: no progress reports at all", () => {
    const started = recorded("started", "00-started", t0, job("running", 0));
    const daily = job("running", 0, { reporting: options({ cadence: "daily" }) });
    assert.deepEqual(planReports(daily, [started], t0 + cadence.minIntervalMs, cadence), []);
    assert.deepEqual(planReports(daily, [started], t0 + cadence.dailyMs, cadence), [{ key: "10-progress-001", event: "progress" }]);
    const quiet = job("running", 50, { reporting: options({ cadence: "onCompletion" }) });
    assert.deepEqual(planReports(quiet, [started], t0 + 10 * cadence.dailyMs, cadence), []);
  });

  it("failures only: tells of new failures by the cadence, and completes only when something failed", () => {
    const reporting = options({ reports: ["failures"] });
    const failing = job("running", 10, { reporting, counts: { total: 100, protected: 10, pending: 85, failed: 5 } });
    assert.deepEqual(planReports(failing, [], t0, cadence), [{ key: "20-failures-001", event: "failures" }]);
    assert.deepEqual(planReports(job("done", 100, { reporting }), [], t0, cadence), []);
    const withErrors = job("doneWithErrors", 95, { reporting, counts: { total: 100, protected: 95, pending: 0, failed: 5 } });
    assert.deepEqual(planReports(withErrors, [], t0, cadence), [{ key: "99-completed", event: "completed" }]);
  });

  it("completes once, and tells of a pause once per reason", () => {
    const started = recorded("started", "00-started", t0, job("running", 0));
    assert.deepEqual(planReports(job("done", 100), [started], t0, cadence), [{ key: "99-completed", event: "completed" }]);
    assert.deepEqual(planReports(job("done", 100), [started, recorded("completed", "99-completed", t0, job("done", 100))], t0, cadence), []);
    const paused = job("paused", 10, { pausedReason: "Billing missing" });
    assert.deepEqual(planReports(paused, [started], t0, cadence), [{ key: "50-paused-001", event: "paused" }]);
    assert.deepEqual(planReports(paused, [started, recorded("paused", "50-paused-001", t0, paused)], t0, cadence), []);
  });
});
