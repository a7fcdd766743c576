import type { Job } from "../domain/job.js";
import type { ProgressNotifier } from "./progress-notifier.port.js";

/** Options for {@link coalesceProgress}. */
export interface CoalesceProgressOptions {
  /** At most one delivery per job this often (Teams allows 7/s, 60 per 30 s and 1,800/h per conversation). */
  intervalMs: number;
}

/** A notifier that can be drained at shutdown. */
export interface CoalescingNotifier extends ProgressNotifier {
  /** Delivers what is still waiting, now, and waits for deliveries in flight. */
  flush(): Promise<void>;
}

type Slot = { lastAt: number; shown?: string; pending?: [Job, string]; timer?: NodeJS.Timeout; inFlight?: Promise<void> };

const finished = (job: Job): boolean => job.status === "done" || job.status === "doneWithErrors" || job.status === "paused";
const fingerprint = (job: Job): string => JSON.stringify([job.status, job.counts, job.failures.length, job.pausedReason]);

/**
 * Coalesces a job's changes: returns at once (the job never waits for Teams), delivers at most one state per job
 * per interval, always the latest, and a trailing timer delivers the last one, so a final state is never dropped.
 * A state that looks the same as the one shown (same status, counts, failures) is not sent again.
 */
export function coalesceProgress(inner: ProgressNotifier, options: CoalesceProgressOptions): CoalescingNotifier {
  const slots = new Map<string, Slot>();
  const deliver = (jobId: string, slot: Slot): void => {
    clearTimeout(slot.timer);
    slot.timer = undefined;
    const next = slot.pending;
    slot.pending = undefined;
    if (!next) return;
    slot.lastAt = Date.now();
    slot.shown = fingerprint(next[0]);
    slot.inFlight = inner
      .jobChanged(...next)
      .catch(() => undefined)
      .finally(() => {
        slot.inFlight = undefined;
        if (slot.pending) schedule(jobId, slot);
        else if (finished(next[0])) slots.delete(jobId);
      });
  };
  const schedule = (jobId: string, slot: Slot): void => {
    if (slot.inFlight || slot.timer) return;
    const wait = slot.lastAt + options.intervalMs - Date.now();
    if (wait <= 0) deliver(jobId, slot);
    else slot.timer = setTimeout(() => deliver(jobId, slot), wait);
  };
  return {
    async jobChanged(job, customerName) {
      const slot = slots.get(job.id) ?? { lastAt: 0 };
      slots.set(job.id, slot);
      if (!slot.pending && slot.shown === fingerprint(job)) return;
      slot.pending = [job, customerName];
      schedule(job.id, slot);
    },
    async flush() {
      for (const [jobId, slot] of slots) if (!slot.inFlight) deliver(jobId, slot);
      await Promise.all([...slots.values()].map((s) => s.inFlight));
    },
  };
}
