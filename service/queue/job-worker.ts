import type { Logger } from "pino";
import type { Continuation } from "../provisioning/advance-job.js";
import type { WorkItem } from "../ports/work-queue.port.js";
import type { AzureWorkQueue, ReceivedWork } from "./azure-work-queue.js";

export interface JobWorkerOptions {
  /** How long a taken message stays invisible to other instances; a crash makes it reappear after this. */
  visibilitySeconds?: number;
  /** Wait between empty polls of the queue. */
  idleMs?: number;
  /** Delay for "later" (progress polling). */
  laterSeconds?: number;
  /** Deliveries after which a message is parked (its job paused with the error) instead of retried. */
  maxDeliveries?: number;
  concurrency?: number;
}

/** Takes work items from the queue and advances their jobs, until stopped. */
export function startJobWorker(
  queue: AzureWorkQueue,
  advance: (item: WorkItem) => Promise<Continuation>,
  park: (item: WorkItem, error: unknown) => Promise<void>,
  log: Logger,
  options: JobWorkerOptions = {},
): { stop(): Promise<void> } {
  const visibilitySeconds = options.visibilitySeconds ?? 30;
  let stopped = false;
  const handle = async (work: ReceivedWork): Promise<void> => {
    if (!work.item) return work.complete();
    const item = work.item;
    let next: Continuation;
    try {
      next = await whileInvisible(work, visibilitySeconds, advance(item), (error) => log.warn({ err: error, jobId: item.jobId }, "work item lease not extended"));
    } catch (error) {
      log.warn({ err: error, jobId: item.jobId, deliveries: work.dequeueCount }, "job step failed");
      if (work.dequeueCount >= (options.maxDeliveries ?? 5)) {
        await park(item, error);
        await settle(() => work.complete());
      }
      return;
    }
    await settle(() => (next === "stop" ? work.complete() : work.postpone(next === "now" ? 0 : options.laterSeconds ?? 5)));
  };
  // The step itself succeeded and is stored: if the message cannot be settled (its receipt went stale because it
  // reappeared and another delivery holds it), that delivery carries on from the stored step — not a failed step.
  const settle = async (run: () => Promise<void>): Promise<void> => {
    try {
      await run();
    } catch (error) {
      log.warn({ err: error }, "work item not settled; another delivery has it");
    }
  };
  // Lanes, not rounds: a freed slot takes the next message at once instead of waiting for the slowest of a batch.
  const concurrency = options.concurrency ?? 4;
  const running = new Set<Promise<void>>();
  const loop = (async () => {
    while (!stopped) {
      try {
        if (running.size >= concurrency) {
          await Promise.race(running);
          continue;
        }
        const batch = await queue.receive({ max: concurrency - running.size, visibilitySeconds });
        if (batch.length === 0) await new Promise((r) => setTimeout(r, options.idleMs ?? 500));
        for (const work of batch) {
          const lane: Promise<void> = handle(work).catch((error: unknown) => log.warn({ err: error, jobId: work.item?.jobId }, "job could not be parked")).finally(() => running.delete(lane));
          running.add(lane);
        }
      } catch (error) {
        log.warn({ err: error }, "work queue unavailable");
        await new Promise((r) => setTimeout(r, 2_000));
      }
    }
    await Promise.all(running);
  })();
  return {
    async stop() {
      stopped = true;
      await loop;
    },
  };
}

/**
 * Awaits `step` while keeping its message invisible (extended every third of the visibility timeout): a first sync of
 * a 100,000-user tenant can take minutes, and no other lane or instance may take the same job meanwhile; a crash still
 * makes it reappear within one timeout. Every extension finishes before the caller completes or postpones.
 */
async function whileInvisible<T>(work: ReceivedWork, visibilitySeconds: number, step: Promise<T>, onError: (error: unknown) => void): Promise<T> {
  let extending: Promise<void> = Promise.resolve();
  const timer = setInterval(() => {
    extending = extending.then(() => work.postpone(visibilitySeconds)).catch(onError);
  }, (visibilitySeconds * 1000) / 3);
  try {
    return await step;
  } finally {
    clearInterval(timer);
    await extending;
  }
}
