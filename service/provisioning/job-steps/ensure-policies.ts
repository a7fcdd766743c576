import { isAppError } from "../../domain/app-error.js";
import { jobWorkloads, type Job } from "../../domain/job.js";
import type { PolicyRecord, Workload } from "../../ports/backup.port.js";
import type { ProvisioningDeps } from "../deps.js";

const policyNames: Record<Workload, string> = {
  exchange: "Backup365 – Exchange mailboxes",
  oneDriveForBusiness: "Backup365 – OneDrive",
  sharePoint: "Backup365 – SharePoint sites",
};

/** Finds or creates the tenant's one policy per workload the job needs (a 409 from a race means: find it again). */
export async function ensurePolicies(deps: Pick<ProvisioningDeps, "backup">, job: Job): Promise<Job["policyIds"]> {
  const policyIds: Job["policyIds"] = { ...job.policyIds };
  for (const workload of jobWorkloads(job)) {
    if (policyIds[workload]) continue;
    const policy = (await deps.backup.findPolicy(job.tenantId, workload)) ?? (await createPolicy(deps, job.tenantId, workload));
    policyIds[workload] = policy.id;
  }
  return policyIds;
}

/** Activates each of the job's policies that is still inactive. */
export async function activatePolicies(deps: Pick<ProvisioningDeps, "backup">, job: Job): Promise<void> {
  for (const workload of jobWorkloads(job)) {
    const policy = await deps.backup.findPolicy(job.tenantId, workload);
    if (policy && policy.status === "inactive") await deps.backup.activatePolicy(job.tenantId, policy.id);
  }
}

async function createPolicy(deps: Pick<ProvisioningDeps, "backup">, tenantId: string, workload: Workload): Promise<PolicyRecord> {
  try {
    return await deps.backup.createPolicy(tenantId, workload, policyNames[workload]);
  } catch (error) {
    const existing = isAppError(error) && error.code === "BACKUP.POLICY_EXISTS" ? await deps.backup.findPolicy(tenantId, workload) : null;
    if (!existing) throw error;
    return existing;
  }
}
