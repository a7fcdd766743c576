import assert from "node:assert/strict";
import { FaultStore } from "../../../devtenant/state/fault-store.js";
import { RequestTimeline } from "../../../devtenant/state/request-timeline.js";

describe("RequestTimeline", () => {
  it("counts a request on the same route before the Retry-After elapsed as early, and one after it as not", () => {
    const timeline = new RequestTimeline();
    timeline.arrive("GET /v1.0/users", 1_000);
    timeline.fault({ key: "GET /v1.0/users", at: 1_000, status: 429, reset: false, delayMs: 0, retryAfterSeconds: 1 });
    timeline.arrive("GET /v1.0/users", 1_400);
    timeline.arrive("GET /v1.0/users", 2_000);
    timeline.arrive("GET /v1.0/organization", 1_200);
    const report = timeline.report();
    assert.equal(report.requests, 4);
    assert.deepEqual(report.faults.byKind, { 429: 1 });
    assert.equal(report.retryAfter.faults, 1);
    assert.deepEqual(report.retryAfter.earlyByRoute, { "GET /v1.0/users": 1 });
    assert.equal(report.retryAfter.examples[0]?.arrivedAfterMs, 400);
  });

  it("is fed by FaultStore.take: every request arrives, fired faults are kept by kind, resets and delays carry no Retry-After", () => {
    const faults = new FaultStore();
    faults.add({ match: "GET /v1.0/", reset: true, times: 1 });
    faults.add({ match: "POST /v1.0/", delayMs: 5, times: 1 });
    faults.take("GET /v1.0/users");
    faults.take("POST /v1.0/$batch");
    faults.take("GET /v1.0/users");
    const report = faults.timeline.report();
    assert.equal(report.requests, 3);
    assert.deepEqual(report.faults.byKind, { reset: 1, delay: 1 });
    assert.equal(report.retryAfter.faults, 0);
    faults.timeline.clear();
    assert.equal(faults.timeline.report().requests, 0);
  });
});
