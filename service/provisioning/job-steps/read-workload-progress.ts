import { targetListId, type Job, type JobCounts } from "../../domain/job.js";
import { maxResourcesPerBulkJob, type Workload } from "../../ports/backup.port.js";
import type { ProvisioningDeps } from "../deps.js";

/** One target's state as Microsoft reports it. */
export interface TargetState {
  backup: "protected" | "failed" | "requested";
  error: string | null;
  /** The name Microsoft shows for the unit (site name, user name), if any. */
  name: string | null;
}

/** Where one workload of a job stands: counts, and each target's state once the bulk jobs are done. */
export interface WorkloadProgress {
  workload: Workload;
  counts: JobCounts;
  /** Null while bulk jobs are still running (units are not read yet). */
  states: Map<string, TargetState> | null;
}

const nouns: Record<Workload, string> = { exchange: "mailbox", oneDriveForBusiness: "OneDrive", sharePoint: "site" };

/** Reads one workload: first its bulk jobs (until each completed), then the policy's units for the job's targets. */
export async function readWorkloadProgress(deps: Pick<ProvisioningDeps, "backup" | "jobs">, job: Job, workload: Workload): Promise<WorkloadProgress> {
  const listId = targetListId(job, workload);
  const policyId = job.policyIds[workload]!;
  const targets = await deps.jobs.readTargets(listId);
  const unresolved = new Map<string, string>();
  let bulkPending = false;
  // Batch i holds targets [i·50,000, (i+1)·50,000) (submit-batches.ts); one left out had nothing to add.
  for (let index = 0; index * maxResourcesPerBulkJob < targets.length; index++) {
    const batch = await deps.jobs.getBatch(listId, index);
    if (!batch?.bulkJobId) continue;
    const remote = await deps.backup.getBulkJob(job.tenantId, workload, policyId, batch.bulkJobId);
    for (const item of remote.unresolved) unresolved.set(item.target.toLowerCase(), item.message);
    if (remote.status === "active" || remote.status === "unknown") bulkPending = true;
  }
  if (bulkPending) {
    return { workload, states: null, counts: { total: targets.length, protected: 0, pending: targets.length - unresolved.size, failed: unresolved.size } };
  }
  const wanted = new Set(targets);
  const states = new Map<string, TargetState>();
  for await (const page of deps.backup.listUnits(job.tenantId, workload, policyId)) {
    for (const unit of page) {
      const id = unit.resourceId.toLowerCase();
      if (!wanted.has(id)) continue;
      const failed = unit.errorMessage !== null || unit.status === "unprotected";
      const backup = failed ? "failed" : unit.status === "protected" ? "protected" : "requested";
      states.set(id, { backup, error: failed ? (unit.errorMessage ?? `Microsoft reports ${unit.status}.`) : null, name: unit.displayName });
    }
  }
  for (const id of targets) {
    if (!states.has(id)) states.set(id, { backup: "failed", error: unresolved.get(id) ?? `Microsoft 365 Backup did not add this ${nouns[workload]}.`, name: null });
  }
  const counts: JobCounts = { total: targets.length, protected: 0, pending: 0, failed: 0 };
  for (const state of states.values()) counts[state.backup === "requested" ? "pending" : state.backup]++;
  return { workload, counts, states };
}
