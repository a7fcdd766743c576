import { EventEmitter, once } from "node:events";
import { setTimeout as delay } from "node:timers/promises";
import pLimit from "p-limit";
import type { Logger } from "pino";
import type { Continuation } from "../provisioning/advance-job.js";
import type { WorkItem } from "../ports/work-queue.port.js";
import type { AzureWorkQueue, ReceivedWork } from "./azure-work-queue.js";

export interface JobWorkerOptions<H> {
  /** What a message's calls share while this instance holds it (handed to every `advance` of that message). */
  hold?: () => H;
  /** How long a taken message stays invisible to other instances; a crash makes it reappear after this. */
  visibilitySeconds?: number;
  /** Wait between empty polls of the queue. */
  idleMs?: number;
  /** Delay for "later" (progress polling). */
  laterSeconds?: number;
  /** Deliveries after which a message is parked (its job paused with the error) instead of retried. */
  maxDeliveries?: number;
  /** Steps run at once (lanes). */
  concurrency?: number;
  /** Messages this instance holds at once: running, waiting for a lane, or waiting out a "later" (default 8 × concurrency). */
  holdAtMost?: number;
}

/** What became of a message's step: the job's continuation, or "release" (the worker is stopping; let another instance have it). */
type Outcome = Continuation | "release";

/**
 * Takes work items from the queue and advances their jobs, until stopped.
 *
 * A taken message stays with this instance until its job stops: "later" waits here (the message kept invisible) and
 * "now" queues for the next free lane, so a job's steps cost no queue round trip between them. Only a failed step
 * (left to reappear after the visibility timeout), a full instance, or stopping gives a message back to the queue.
 * Receives are batched: the queue is asked once a lane is free, for as many as fill the lanes and as many again.
 */
export function startJobWorker<H = undefined>(
  queue: AzureWorkQueue,
  advance: (item: WorkItem, held: H) => Promise<Continuation>,
  park: (item: WorkItem, error: unknown) => Promise<void>,
  log: Logger,
  options: JobWorkerOptions<H> = {},
): { stop(): Promise<void> } {
  const visibilitySeconds = options.visibilitySeconds ?? 30;
  const laterMs = (options.laterSeconds ?? 5) * 1000;
  const concurrency = options.concurrency ?? 4;
  const holdAtMost = Math.max(concurrency, options.holdAtMost ?? concurrency * 8);
  const lanes = pLimit(concurrency);
  const stopping = new AbortController();
  const holding = new Set<Promise<void>>();
  // Told whenever a lane frees or a message is settled: the receive loop waits for it while the instance is full.
  const changes = new EventEmitter();
  const changed = () => void changes.emit("change");

  const handle = async (work: ReceivedWork): Promise<void> => {
    if (!work.item) return settle(() => work.complete());
    const item = work.item;
    const memory = options.hold ? options.hold() : (undefined as H);
    const keeper = keepInvisible(work, visibilitySeconds, (error) => log.warn({ err: error, jobId: item.jobId }, "work item lease not extended"));
    for (;;) {
      let next: Outcome;
      try {
        next = await lanes(() => (stopping.signal.aborted ? Promise.resolve("release" as const) : advance(item, memory)));
      } catch (error) {
        log.warn({ err: error, jobId: item.jobId, deliveries: work.dequeueCount }, "job step failed");
        if (work.dequeueCount >= (options.maxDeliveries ?? 5)) {
          await park(item, error).finally(() => keeper.end());
          await settle(() => work.complete());
        } else await keeper.end(); // left invisible: it reappears after the visibility timeout, as a retry
        return;
      } finally {
        changed();
      }
      if (next === "stop") return keeper.end().then(() => settle(() => work.complete()));
      if (next === "release") return keeper.end().then(() => settle(() => work.postpone(0)));
      // A full instance gives a waiting job back to the queue, so long progress polls never crowd out new work.
      if (next === "later" && (holding.size >= holdAtMost || !(await wait(laterMs, stopping.signal)))) return keeper.end().then(() => settle(() => work.postpone(laterMs / 1000)));
    }
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
  const loop = (async () => {
    while (!stopping.signal.aborted) {
      const wanting = lanes.activeCount + lanes.pendingCount;
      if (wanting >= concurrency || holding.size >= holdAtMost) {
        // Registered in the same turn as the check above, so no change can slip in between.
        await once(changes, "change", { signal: stopping.signal }).catch(() => undefined);
        continue;
      }
      try {
        const max = Math.min(32, 2 * concurrency - wanting, holdAtMost - holding.size);
        const batch = await queue.receive({ max, visibilitySeconds });
        if (batch.length === 0) await wait(options.idleMs ?? 500, stopping.signal);
        for (const work of batch) {
          const one: Promise<void> = handle(work)
            .catch((error: unknown) => log.warn({ err: error, jobId: work.item?.jobId }, "job could not be parked"))
            .finally(() => (holding.delete(one), changed()));
          holding.add(one);
        }
      } catch (error) {
        log.warn({ err: error }, "work queue unavailable");
        await wait(2_000, stopping.signal);
      }
    }
    while (holding.size > 0) await Promise.all(holding);
  })();
  return {
    async stop() {
      stopping.abort();
      await loop;
    },
  };
}

/** Resolves true after `ms`, or false as soon as `abort` fires. */
function wait(ms: number, abort: AbortSignal): Promise<boolean> {
  return delay(ms, true, { signal: abort }).catch(() => false);
}

/**
 * Keeps a held message invisible (extended every third of the visibility timeout) from its receipt until `end`: a first
 * sync of a 100,000-user tenant can take minutes, and no other lane or instance may take the same job meanwhile; a
 * crash still makes it reappear within one timeout. `end` waits for an extension in flight, before the caller settles.
 */
function keepInvisible(work: ReceivedWork, visibilitySeconds: number, onError: (error: unknown) => void): { end(): Promise<void> } {
  let extending: Promise<void> = Promise.resolve();
  const timer = setInterval(() => {
    extending = extending.then(() => work.postpone(visibilitySeconds)).catch(onError);
  }, (visibilitySeconds * 1000) / 3);
  return {
    async end() {
      clearInterval(timer);
      await extending;
    },
  };
}
