import { batchKey, targetListId, type BackupState, type Job, type JobCounts } from "../../domain/job.js";
import { maxResourcesPerBulkJob, type UnitRecord, type Workload } from "../../ports/backup.port.js";
import type { ProvisioningDeps } from "../deps.js";

/** One target's state as Microsoft reports it. */
export interface TargetState {
  backup: "protected" | "failed" | "requested";
  error: string | null;
  /** The name Microsoft shows for the unit (site name, user name), if any. */
  name: string | null;
}

/** What a unit says of its resource for the weekly check: `off` while it is leaving the policy. */
export interface UnitState {
  backup: BackupState;
  error: string | null;
}

/** Where one workload of a job stands: counts, and each target's state once the bulk jobs are done. */
export interface WorkloadProgress {
  workload: Workload;
  counts: JobCounts;
  /** Null while bulk jobs are still running (units are not read yet). */
  states: Map<string, TargetState> | null;
  /** `unitsRead: "all"`: every unit of the policy, by resource id (the weekly check); otherwise null. */
  census: Map<string, UnitState> | null;
}

const nouns: Record<Workload, string> = { exchange: "mailbox", oneDriveForBusiness: "OneDrive", sharePoint: "site" };
const leaving = new Set(["unprotectRequested", "removeRequested", "offboardRequested", "offboarded"]);

/**
 * Reads one workload: first its bulk jobs (until each completed), then what confirms the targets (`Job.unitsRead`):
 * the policy's units, or — on an Enable Auto night whose targets were all off, so each went into a bulk job — the bulk
 * jobs alone, when each either `completed` or itemised what it could not add. A check night reads every unit once
 * for its census on top of that.
 */
export async function readWorkloadProgress(deps: Pick<ProvisioningDeps, "backup" | "jobs">, job: Job, workload: Workload): Promise<WorkloadProgress> {
  const listId = targetListId(job, workload);
  const policyId = job.policyIds[workload]!;
  const targets = await deps.jobs.readTargets(listId);
  const unresolved = new Map<string, string>();
  let bulkPending = false;
  let itemised = true;
  // Batch i holds targets [i·50,000, (i+1)·50,000) (submit-batches.ts); one left out had nothing to add.
  for (let index = 0; index * maxResourcesPerBulkJob < targets.length; index++) {
    const bulkJobId = job.bulkJobIds?.[batchKey(listId, index)] ?? (await deps.jobs.getBatch(listId, index))?.bulkJobId;
    if (!bulkJobId) continue;
    const remote = await deps.backup.getBulkJob(job.tenantId, workload, policyId, bulkJobId);
    for (const item of remote.unresolved) unresolved.set(item.target.toLowerCase(), item.message);
    if (remote.status === "active" || remote.status === "unknown") bulkPending = true;
    if (remote.status !== "completed" && remote.unresolved.length === 0) itemised = false;
  }
  if (bulkPending) {
    return { workload, states: null, census: null, counts: { total: targets.length, protected: 0, pending: targets.length - unresolved.size, failed: unresolved.size } };
  }
  const unitsRead = job.unitsRead ?? "targets";
  // An Enable Auto night (trusting or checking) takes the bulk jobs' word for its targets when every one was off, so
  // each went into a bulk job, and each bulk job completed or itemised what it could not add.
  const vouched = targets.length === 0 || (unitsRead !== "targets" && job.targetsNeverAdded && itemised) ? bulkStates(targets, unresolved) : null;
  if (vouched && unitsRead !== "all") return { workload, states: vouched, census: null, counts: countStates(targets.length, vouched) };
  // Otherwise the units say: every target's state (polled until none is pending), or on a check night every unit's,
  // read once (its targets were vouched for above, so a unit still `protectRequested` does not make it poll again).
  const wanted = new Set(vouched ? [] : targets);
  const states = vouched ?? new Map<string, TargetState>();
  const census = unitsRead === "all" ? new Map<string, UnitState>() : null;
  for await (const page of deps.backup.listUnits(job.tenantId, workload, policyId)) {
    for (const unit of page) {
      const id = unit.resourceId.toLowerCase();
      const state = targetState(unit);
      census?.set(id, { backup: leaving.has(unit.status) ? "off" : state.backup, error: state.error });
      if (wanted.has(id)) states.set(id, state);
    }
  }
  for (const id of wanted) {
    if (!states.has(id)) states.set(id, { backup: "failed", error: unresolved.get(id) ?? `Microsoft 365 Backup did not add this ${nouns[workload]}.`, name: null });
  }
  return { workload, states, census, counts: countStates(targets.length, states) };
}

/** The targets as the bulk jobs left them: failed with Microsoft's reason if itemised, otherwise added. */
function bulkStates(targets: string[], unresolved: Map<string, string>): Map<string, TargetState> {
  return new Map(targets.map((id): [string, TargetState] => [id, unresolved.has(id) ? { backup: "failed", error: unresolved.get(id)!, name: null } : { backup: "protected", error: null, name: null }]));
}

function targetState(unit: UnitRecord): TargetState {
  const failed = unit.errorMessage !== null || unit.status === "unprotected";
  const backup = failed ? "failed" : unit.status === "protected" ? "protected" : "requested";
  return { backup, error: failed ? (unit.errorMessage ?? `Microsoft reports ${unit.status}.`) : null, name: unit.displayName };
}

function countStates(total: number, states: Map<string, TargetState>): JobCounts {
  const counts: JobCounts = { total, protected: 0, pending: 0, failed: 0 };
  for (const state of states.values()) counts[state.backup === "requested" ? "pending" : state.backup]++;
  return counts;
}
