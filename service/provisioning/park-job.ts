import { isAppError } from "../domain/app-error.js";
import type { Job } from "../domain/job.js";
import type { WorkItem } from "../ports/work-queue.port.js";
import type { ProvisioningDeps } from "./deps.js";

/** A work item that kept failing: pause its job with the error for staff to see (and Resume), instead of retrying forever. */
export async function parkJob(deps: Pick<ProvisioningDeps, "jobs" | "clock">, item: WorkItem, error: unknown, stored?: (job: Job) => void): Promise<void> {
  const job = await deps.jobs.get(item.mspTenantId, item.customerId, item.jobId);
  if (!job || job.status === "done" || job.status === "doneWithErrors") return;
  const reason = isAppError(error) ? error.userMessage : "Backup365 hit an unexpected error on this step several times. Resume to try again; if it persists, contact support.";
  stored?.(await deps.jobs.update({ ...job, status: "paused", pausedReason: reason, updatedAt: deps.clock.now().toISOString() }));
}
