import { maxResourcesPerBulkJob, type BulkJobRecord, type Workload } from "../../ports/backup.port.js";
import { batchKey, jobWorkloads, targetListId, type Job } from "../../domain/job.js";
import type { ProvisioningDeps } from "../deps.js";

type SubmitDeps = Pick<ProvisioningDeps, "backup" | "jobs" | "tenantUsers">;

/**
 * Adds the job's targets to each workload's policy in bulk addition jobs of at most 50,000. Each batch's name is
 * stored before Microsoft is asked; a batch with a name but no id (a crash in between) is looked up by name
 * before anything is created again, and resources already in the policy are left out — nothing is added twice.
 * Batches are cut from the stored target list (stable across resumes), then thinned by what the policy holds. The
 * policy's units are read only when a target may already be in it: not for a job whose targets were all off in our
 * store (the nightly Enable Auto), where reading every unit would make the night's cost grow with the tenant.
 * `claimFirst` (the targets were written moments ago, in the same call): each batch is claimed without looking for a
 * record first; if one exists after all (an earlier attempt got that far), the claim's conflict sends the step to the
 * usual path on its next run.
 * Returns Microsoft's bulk job id of every batch (`Job.bulkJobIds`), for the caller to store with the job's next step:
 * one write for the step and the ids together. A crash before it leaves the claims without ids, found by name above.
 */
export async function submitBatches(deps: SubmitDeps, job: Job, options: SubmitOptions = {}): Promise<Record<string, string>> {
  const ids: Record<string, string> = { ...job.bulkJobIds };
  for (const workload of jobWorkloads(job)) await submitWorkload(deps, job, workload, options, ids);
  return ids;
}

/** `settle`: the submitted users come off the to-do list with a deltaLink write still to come, not by a write now. */
interface SubmitOptions {
  claimFirst?: boolean;
  settle?: (ids: string[]) => void;
}

async function submitWorkload(deps: SubmitDeps, job: Job, workload: Workload, { claimFirst = false, settle }: SubmitOptions, recorded: Record<string, string>): Promise<void> {
  const policyId = job.policyIds[workload]!;
  const listId = targetListId(job, workload);
  const targets = await deps.jobs.readTargets(listId);
  const present = job.targetsNeverAdded ? new Set<string>() : await unitsInPolicy(deps, job.tenantId, workload, policyId);
  let remote: BulkJobRecord[] | null = null;
  for (let index = 0; index * maxResourcesPerBulkJob < targets.length; index++) {
    const ids = targets.slice(index * maxResourcesPerBulkJob, (index + 1) * maxResourcesPerBulkJob).filter((id) => !present.has(id));
    if (ids.length === 0) continue;
    const key = batchKey(listId, index);
    if (recorded[key]) continue;
    const batch = claimFirst ? null : await deps.jobs.getBatch(listId, index);
    if (batch?.bulkJobId) {
      recorded[key] = batch.bulkJobId; // recorded by an earlier version, on the batch itself
      continue;
    }
    const displayName = `Backup365 ${listId} batch ${index + 1}`;
    if (batch) {
      remote ??= await deps.backup.listBulkJobs(job.tenantId, workload, policyId);
      const found = remote.find((r) => r.displayName === displayName);
      if (found) {
        recorded[key] = found.id;
        continue;
      }
    }
    // Insert-only: if another delivery of this job got here first (409 → STORE.CONFLICT → the step runs later and
    // finds the batch recorded), only one of them asks Microsoft. A crashed claimant's batch is found by name above.
    if (batch) await deps.jobs.putBatch(listId, index, { displayName, bulkJobId: null });
    else await deps.jobs.claimBatch(listId, index, displayName);
    recorded[key] = (await deps.backup.createBulkJob(job.tenantId, workload, policyId, displayName, ids)).id;
  }
  if (workload !== "exchange") return;
  // Every target is this job's now (added, or already in the policy): requested, then off the to-do list; the final
  // state (track) puts a failed one back on it. A crash in between leaves it noted: the next snapshot clears it.
  // An Enable Auto night that trusts its bulk jobs skips `requested`: nobody watches the seconds until its final
  // state, and its stored targets are its intent (one transaction per partition less, every night).
  if (job.unitsRead !== "none") await deps.tenantUsers.setBackup(job.tenantId, targets.map((id) => ({ id, backup: "requested", backupError: null })));
  await (settle ? settle(targets) : deps.tenantUsers.clearToDo(job.tenantId, targets));
}

async function unitsInPolicy(deps: Pick<ProvisioningDeps, "backup">, tenantId: string, workload: Workload, policyId: string): Promise<Set<string>> {
  const ids = new Set<string>();
  for await (const page of deps.backup.listUnits(tenantId, workload, policyId)) for (const unit of page) ids.add(unit.resourceId.toLowerCase());
  return ids;
}
