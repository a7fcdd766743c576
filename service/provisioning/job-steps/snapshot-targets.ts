import type { Job } from "../../domain/job.js";
import type { ProvisioningDeps } from "../deps.js";

/** All: the tenant's users not yet protected or requested, in id order, written as the job's targets (repeatable). */
export async function snapshotTargets(deps: Pick<ProvisioningDeps, "tenantUsers" | "jobs">, job: Job): Promise<number> {
  const ids: string[] = [];
  for await (const page of deps.tenantUsers.scan(job.tenantId)) {
    for (const user of page) if (user.backup === "off" || user.backup === "failed") ids.push(user.id);
  }
  await deps.jobs.writeTargets(job.id, ids);
  return ids.length;
}
