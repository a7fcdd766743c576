import { AppError } from "../domain/app-error.js";
import type { Job } from "../domain/job.js";
import { assertAllowed, type Staff } from "../domain/staff.js";
import type { ProvisioningDeps } from "./deps.js";
import { getJob } from "./job-queries.js";

/** Resume a paused job where it stopped (after staff fixed what the pause reason said). */
export async function resumeJob(deps: ProvisioningDeps, staff: Staff, customerId: string, jobId: string): Promise<Job> {
  assertAllowed(staff, "enableUsers");
  const job = await getJob(deps, staff, customerId, jobId);
  if (job.status !== "paused") throw new AppError("JOB.NOT_PAUSED", `This job is ${job.status}; only a paused job can be resumed.`, { status: 409 });
  const resumed = await deps.jobs.update({ ...job, status: "queued", pausedReason: null, updatedAt: deps.clock.now().toISOString() });
  await deps.queue.send({ mspTenantId: job.mspTenantId, customerId, jobId });
  return resumed;
}
