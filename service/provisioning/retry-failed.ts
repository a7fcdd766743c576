import { AppError } from "../domain/app-error.js";
import type { Job } from "../domain/job.js";
import { assertAllowed, type Staff } from "../domain/staff.js";
import type { ProvisioningDeps } from "./deps.js";
import { enableUsers } from "./enable-users.js";
import { getJob } from "./job-queries.js";

/** Retry failed: a new job for the users that failed in this one (their current state, not a stale list). */
export async function retryFailed(deps: ProvisioningDeps, staff: Staff, customerId: string, jobId: string): Promise<{ job: Job; joined: boolean }> {
  assertAllowed(staff, "enableUsers");
  const job = await getJob(deps, staff, customerId, jobId);
  const targets = new Set(await deps.jobs.readTargets(job.id));
  const failed: string[] = [];
  for await (const page of deps.tenantUsers.scan(job.tenantId)) for (const user of page) if (user.backup === "failed" && targets.has(user.id)) failed.push(user.id);
  if (failed.length === 0) throw new AppError("JOB.NOTHING_TO_RETRY", "No user of this job is failed now.", { status: 409 });
  const batches: string[][] = [];
  for (let i = 0; i < failed.length; i += 1000) batches.push(failed.slice(i, i + 1000));
  if (batches.length > 1) return enableUsers(deps, staff, customerId, { all: true });
  return enableUsers(deps, staff, customerId, { userIds: failed });
}
