import assert from "node:assert/strict";
import { withConnectorRetry } from "../../../../bot/notify/connector-retry.js";

const failing = (statuses: number[]) => {
  let calls = 0;
  return {
    get calls() {
      return calls;
    },
    run: async () => {
      const status = statuses[calls++];
      if (status) throw Object.assign(new Error(`HTTP ${status}`), { statusCode: status });
      return "ok";
    },
  };
};

describe("withConnectorRetry", () => {
  it("retries 412, 429, 502 and 504 with backoff until the call succeeds", async () => {
    const call = failing([412, 502, 504]);
    assert.equal(await withConnectorRetry(call.run, { baseDelayMs: 1 }), "ok");
    assert.equal(call.calls, 4);
  });
  it("does not retry a 400 or 404", async () => {
    const call = failing([404]);
    await assert.rejects(withConnectorRetry(call.run, { baseDelayMs: 1 }), /HTTP 404/);
    assert.equal(call.calls, 1);
  });
  it("gives up after the attempt ceiling", async () => {
    const call = failing([429, 429, 429, 429, 429]);
    await assert.rejects(withConnectorRetry(call.run, { baseDelayMs: 1, attempts: 3 }), /HTTP 429/);
    assert.equal(call.calls, 3);
  });
});
