import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import pino from "pino";
import { createAzureWorkQueue, type AzureWorkQueue } from "../../../service/queue/azure-work-queue.js";
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

  it("keeps a job whose step says 'later' to itself: the next step runs here, with no queue round trip in between", async () => {
    const { azurite } = await sharedInfra();
    const name = `worker${randomBytes(4).toString("hex")}`;
    const queue = countingReceives(createAzureWorkQueue(azurite.connectionString, name));
    const other = countingReceives(createAzureWorkQueue(azurite.connectionString, name));
    await queue.send({ mspTenantId: "msp", customerId: "c", jobId: "three-steps" });
    const calls: string[] = [];
    const advance = (who: string) => async () => {
      calls.push(who);
      return calls.length < 3 ? ("later" as const) : ("stop" as const);
    };
    const park = async () => assert.fail("nothing fails here");
    const log = pino({ level: "silent" });
    const options = { visibilitySeconds: 30, laterSeconds: 1, idleMs: 100, concurrency: 2 };
    const one = startJobWorker(queue, advance("one"), park, log, options);
    const two = startJobWorker(other, advance("two"), park, log, options);
    try {
      await until(() => calls.length === 3);
      await sleep(300);
    } finally {
      await Promise.all([one.stop(), two.stop()]);
    }
    assert.equal(new Set(calls).size, 1, `advanced by ${calls.join(", ")}`);
    assert.equal(queue.postponed() + other.postponed(), 0, "no 'later' went back on the queue");
    assert.equal(queue.receivesWithWork() + other.receivesWithWork(), 1, "the message was taken once");
    assert.equal((await queue.receive({ max: 32, visibilitySeconds: 1 })).length, 0, "the message was completed");
  });

  it("gives a waiting job back to the queue when it stops, so another instance goes on with it", async () => {
    const { azurite } = await sharedInfra();
    const name = `worker${randomBytes(4).toString("hex")}`;
    const queue = createAzureWorkQueue(azurite.connectionString, name);
    await queue.send({ mspTenantId: "msp", customerId: "c", jobId: "handed-over" });
    const calls: string[] = [];
    const advance = (who: string) => async () => (calls.push(who), who === "one" ? ("later" as const) : ("stop" as const));
    const park = async () => assert.fail("nothing fails here");
    const log = pino({ level: "silent" });
    const options = { visibilitySeconds: 30, laterSeconds: 1, idleMs: 100, concurrency: 2 };
    const one = startJobWorker(queue, advance("one"), park, log, options);
    await until(() => calls.length === 1);
    await one.stop(); // the job waits out its "later" in one: stopping hands it back instead of holding it for 30 s
    const two = startJobWorker(createAzureWorkQueue(azurite.connectionString, name), advance("two"), park, log, options);
    try {
      await until(() => calls.length === 2);
    } finally {
      await two.stop();
    }
    assert.deepEqual(calls, ["one", "two"]);
    assert.equal((await queue.receive({ max: 32, visibilitySeconds: 1 })).length, 0, "the message was completed");
  });

  it("receives in batches once its lanes are full: every job advanced once, far fewer receives than jobs", async () => {
    const { azurite } = await sharedInfra();
    const name = `worker${randomBytes(4).toString("hex")}`;
    const queue = countingReceives(createAzureWorkQueue(azurite.connectionString, name));
    const jobs = 40;
    for (let i = 0; i < jobs; i++) await queue.send({ mspTenantId: "msp", customerId: "c", jobId: `job-${i}` });
    const advanced: string[] = [];
    const advance = async (item: WorkItem) => {
      await sleep(50);
      advanced.push(item.jobId);
      return "stop" as const;
    };
    const worker = startJobWorker(queue, advance, async () => assert.fail("nothing fails here"), pino({ level: "silent" }), { idleMs: 100, concurrency: 4 });
    try {
      await until(() => advanced.length === jobs);
    } finally {
      await worker.stop();
    }
    assert.equal(new Set(advanced).size, jobs, "every job advanced exactly once");
    // One receive per freed lane would be ~jobs; batches fill the free lanes and as many again.
    assert.ok(queue.receivesWithWork() <= jobs / 4, `${queue.receivesWithWork()} receives brought work`);
  });
});

/** The real queue, counting the receives that brought at least one message and the postpones of what they brought. */
function countingReceives(queue: AzureWorkQueue): AzureWorkQueue & { receivesWithWork(): number; postponed(): number } {
  let receives = 0;
  let postpones = 0;
  return {
    ...queue,
    receive: async (options) => {
      const got = await queue.receive(options);
      if (got.length > 0) receives++;
      return got.map((work) => ({ ...work, postpone: (seconds: number) => (postpones++, work.postpone(seconds)) }));
    },
    receivesWithWork: () => receives,
    postponed: () => postpones,
  };
}

async function until(done: () => boolean, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await sleep(50);
  }
}
