import type { Job } from "../../domain/job.js";
import type { ProvisioningDeps } from "../deps.js";

/**
 * All: the tenant's users not yet protected or requested, in id order, written as the job's targets (repeatable).
 * `neverAdded`: every one of them is off (none failed, so none can have a unit in the policy through us).
 */
export async function snapshotTargets(deps: Pick<ProvisioningDeps, "tenantUsers" | "jobs">, job: Job): Promise<{ total: number; neverAdded: boolean }> {
  const ids: string[] = [];
  let neverAdded = true;
  for await (const page of deps.tenantUsers.scan(job.tenantId)) {
    for (const user of page) {
      if (user.backup !== "off" && user.backup !== "failed") continue;
      ids.push(user.id);
      if (user.backup === "failed") neverAdded = false;
    }
  }
  await deps.jobs.writeTargets(job.id, ids);
  return { total: ids.length, neverAdded };
}
