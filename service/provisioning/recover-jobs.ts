import type { ProvisioningDeps } from "./deps.js";

/**
 * At start-up: re-queue unfinished jobs that nobody has touched for a while (a crash between storing a job and
 * queueing it, or a lost message). Extra messages are harmless: every step is idempotent and ETag-guarded.
 */
export async function recoverJobs(deps: Pick<ProvisioningDeps, "jobs" | "queue" | "clock">, options: { staleAfterMs: number }): Promise<number> {
  const cutoff = deps.clock.now().getTime() - options.staleAfterMs;
  const stale = (await deps.jobs.listUnfinished()).filter((job) => Date.parse(job.updatedAt) < cutoff);
  for (const job of stale) await deps.queue.send({ mspTenantId: job.mspTenantId, customerId: job.customerId, jobId: job.id });
  return stale.length;
}
