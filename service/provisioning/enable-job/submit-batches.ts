import { maxResourcesPerBulkJob, type BulkJobRecord } from "../../ports/backup.port.js";
import type { Job } from "../../domain/job.js";
import type { ProvisioningDeps } from "../deps.js";

/**
 * Adds the job's targets to the Exchange policy in bulk addition jobs of at most 50,000. Each batch's name is
 * stored before Microsoft is asked; a batch with a name but no id (a crash in between) is looked up by name
 * before anything is created again, and users already in the policy are left out — nobody is added twice.
 */
export async function submitBatches(deps: Pick<ProvisioningDeps, "backup" | "jobs" | "tenantUsers">, job: Job & { policyId: string }): Promise<void> {
  const targets = await deps.jobs.readTargets(job.id);
  const present = await unitsInPolicy(deps, job);
  const toAdd = targets.filter((id) => !present.has(id));
  let remote: BulkJobRecord[] | null = null;
  for (let index = 0; index * maxResourcesPerBulkJob < toAdd.length; index++) {
    const batch = await deps.jobs.getBatch(job.id, index);
    if (batch?.bulkJobId) continue;
    const displayName = `Backup365 ${job.id} batch ${index + 1}`;
    if (batch) {
      remote ??= await deps.backup.listMailboxBulkJobs(job.tenantId, job.policyId);
      const found = remote.find((r) => r.displayName === displayName);
      if (found) {
        await deps.jobs.putBatch(job.id, index, { displayName, bulkJobId: found.id });
        continue;
      }
    }
    await deps.jobs.putBatch(job.id, index, { displayName, bulkJobId: null });
    const ids = toAdd.slice(index * maxResourcesPerBulkJob, (index + 1) * maxResourcesPerBulkJob);
    const created = await deps.backup.createMailboxBulkJob(job.tenantId, job.policyId, displayName, ids);
    await deps.jobs.putBatch(job.id, index, { displayName, bulkJobId: created.id });
  }
  await deps.tenantUsers.setBackup(job.tenantId, toAdd.map((id) => ({ id, backup: "requested", backupError: null })));
}

async function unitsInPolicy(deps: Pick<ProvisioningDeps, "backup">, job: Job & { policyId: string }): Promise<Set<string>> {
  const ids = new Set<string>();
  for await (const page of deps.backup.listMailboxUnits(job.tenantId, job.policyId)) for (const unit of page) ids.add(unit.directoryObjectId);
  return ids;
}
