import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import pino from "pino";
import { createAzureWorkQueue } from "../../../service/queue/azure-work-queue.js";
import { startJobWorker } from "../../../service/queue/job-worker.js";
import type { WorkItem } from "../../../service/index.js";
import { sharedInfra } from "../../support/stack.js";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("Job worker on Azure Queue Storage (Azurite)", function () {
  this.timeout(60_000);

  it("keeps a message to itself while a step runs longer than the visibility timeout: no other instance takes the job", async () => {
    const { azurite } = await sharedInfra();
    const name = `worker${randomBytes(4).toString("hex")}`;
    const queue = createAzureWorkQueue(azurite.connectionString, name);
    const item: WorkItem = { mspTenantId: "msp", customerId: "c", jobId: "long-step" };
    await queue.send(item);
    const calls: string[] = [];
    const advance = (who: string) => async () => {
      calls.push(who);
      await sleep(5_000); // 2.5 × the visibility timeout below
      return "stop" as const;
    };
    const park = async () => assert.fail("nothing fails here");
    const log = pino({ level: "silent" });
    const options = { visibilitySeconds: 2, idleMs: 100, concurrency: 2 };
    const one = startJobWorker(queue, advance("one"), park, log, options);
    const two = startJobWorker(createAzureWorkQueue(azurite.connectionString, name), advance("two"), park, log, options);
    try {
      await sleep(8_000);
    } finally {
      await Promise.all([one.stop(), two.stop()]);
    }
    assert.equal(calls.length, 1, `advanced by ${calls.join(", ")}`);
    assert.equal((await queue.receive({ max: 32, visibilitySeconds: 1 })).length, 0, "the message was completed");
  });
});
