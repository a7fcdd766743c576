import type { Job } from "../domain/job.js";
import type { WorkItem } from "../ports/work-queue.port.js";
import type { ProvisioningDeps } from "../provisioning/deps.js";
import type { ProgressNotifier } from "./progress-notifier.port.js";

/** How a step says which job it stored (the latest call wins): that one is told, without reading it back. */
export type JobStored = (job: Job) => void;

/**
 * Wraps a job step so its outcome reaches the notifier: after the step (even a failed one, which may have paused
 * the job) the job it stored last is handed on — or, if it stored none, the job is read. Telling staff never fails or
 * slows the step: errors go to `onError`.
 */
export function notifyingStep<A extends unknown[], T>(
  deps: Pick<ProvisioningDeps, "jobs" | "customers">,
  notifier: ProgressNotifier,
  step: (item: WorkItem, stored: JobStored, ...rest: A) => Promise<T>,
  onError: (error: unknown, item: WorkItem) => void,
): (item: WorkItem, ...rest: A) => Promise<T> {
  return async (item, ...rest) => {
    let last: Job | undefined;
    try {
      return await step(item, (job) => (last = job), ...rest);
    } finally {
      await tell(deps, notifier, item, last).catch((error: unknown) => onError(error, item));
    }
  };
}

async function tell(deps: Pick<ProvisioningDeps, "jobs" | "customers">, notifier: ProgressNotifier, item: WorkItem, stored: Job | undefined): Promise<void> {
  const job = stored ?? (await deps.jobs.get(item.mspTenantId, item.customerId, item.jobId));
  if (!job) return;
  const name = job.customerName ?? (await deps.customers.get(item.mspTenantId, item.customerId))?.name;
  await notifier.jobChanged(job, name ?? item.customerId);
}
