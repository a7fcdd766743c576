import { pendingCounts, targetListId, type Job } from "../../domain/job.js";
import type { ProvisioningDeps } from "../deps.js";

/**
 * SharePoint / OneDrive's snapshot: every site of the tenant (personal sites are OneDrives, counted as drives)
 * and every licensed user's OneDrive, written as the job's targets per workload (repeatable: same lists again).
 */
export async function inventorySites(deps: Pick<ProvisioningDeps, "sites" | "tenantUsers" | "jobs">, job: Job): Promise<NonNullable<Job["workloads"]>> {
  const siteIds: string[] = [];
  for await (const page of deps.sites.listSites(job.tenantId)) for (const site of page) if (!site.isPersonalSite) siteIds.push(site.id);
  const licensed: string[] = [];
  for await (const page of deps.tenantUsers.scan(job.tenantId)) for (const user of page) if (user.licensed) licensed.push(user.id);
  const driveOwners = (await deps.sites.findDrives(job.tenantId, licensed)).map((id) => id.toLowerCase());
  await deps.jobs.writeTargets(targetListId(job, "sharePoint"), siteIds);
  await deps.jobs.writeTargets(targetListId(job, "oneDriveForBusiness"), driveOwners);
  return { sharePoint: pendingCounts(siteIds.length), oneDriveForBusiness: pendingCounts(driveOwners.length) };
}
