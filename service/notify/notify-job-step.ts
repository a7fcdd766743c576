import type { WorkItem } from "../ports/work-queue.port.js";
import type { ProvisioningDeps } from "../provisioning/deps.js";
import type { ProgressNotifier } from "./progress-notifier.port.js";

/**
 * Wraps a job step so its outcome reaches the notifier: after the step (even a failed one, which may have paused
 * the job) the stored job is read and handed on. Telling staff never fails or slows the step: errors go to `onError`.
 */
export function notifyingStep<A extends unknown[], T>(
  deps: Pick<ProvisioningDeps, "jobs" | "customers">,
  notifier: ProgressNotifier,
  step: (item: WorkItem, ...rest: A) => Promise<T>,
  onError: (error: unknown, item: WorkItem) => void,
): (item: WorkItem, ...rest: A) => Promise<T> {
  return async (item, ...rest) => {
    try {
      return await step(item, ...rest);
    } finally {
      await tell(deps, notifier, item).catch((error: unknown) => onError(error, item));
    }
  };
}

async function tell(deps: Pick<ProvisioningDeps, "jobs" | "customers">, notifier: ProgressNotifier, item: WorkItem): Promise<void> {
  const job = await deps.jobs.get(item.mspTenantId, item.customerId, item.jobId);
  if (!job) return;
  const name = job.customerName ?? (await deps.customers.get(item.mspTenantId, item.customerId))?.name;
  await notifier.jobChanged(job, name ?? item.customerId);
}
