import type { Workload } from "../ports/backup.port.js";
import type { ReportingOptions } from "./reporting.js";

/** A user's protection as staff see it. */
export type BackupState = "off" | "requested" | "protected" | "failed";

/** What tracking reads of the policy's units to confirm a job (see `Job.unitsRead`). */
export type UnitsRead = "targets" | "none" | "all";

export type JobStatus = "queued" | "running" | "paused" | "done" | "doneWithErrors";

/**
 * The recorded steps of a job, in order; a restart resumes at the recorded one. `snapshot` decides the targets:
 * the users still off (All), or for SharePoint / OneDrive every site and every user's drive (the inventory).
 */
export const jobSteps = ["sync", "snapshot", "service", "policy", "submit", "activate", "track"] as const;
export type JobStep = (typeof jobSteps)[number];

/** What a job provisions: mailboxes (Enable, All, Enable Auto) or SharePoint sites and OneDrive drives (Provision). */
export type JobKind = "enableMailboxes" | "provisionSites";

export interface JobCounts {
  total: number;
  protected: number;
  pending: number;
  failed: number;
}

/** A resource that could not be protected: `userId` is the user (mailbox, drive) or the site id. */
export interface JobFailure {
  userId: string;
  displayName: string;
  message: string;
  workload?: Workload;
}

/** A provisioning job: its intent (customer, selection, who) is stored before Microsoft is called. */
export interface Job {
  mspTenantId: string;
  customerId: string;
  id: string;
  kind: JobKind;
  selection: "all" | "some";
  status: JobStatus;
  step: JobStep;
  requestedByOid: string;
  requestedBy: string;
  requestedAt: string;
  updatedAt: string;
  finishedAt: string | null;
  tenantId: string;
  /** The customer's name when the job was started (progress cards and reports show it without reading the customer). */
  customerName?: string;
  /** The protection policy of each workload the job uses, once found or created. */
  policyIds: Partial<Record<Workload, string>>;
  /** Started with the customer's remembered set-up (Backup enabled, `policyIds` active): the set-up reads are skipped. */
  knownSetup?: boolean;
  /** Every target was off in our store at the snapshot: none can be in the policy through us, so it is not read. */
  targetsNeverAdded?: boolean;
  /**
   * Microsoft's bulk job id of each batch submitted (key: `batchKey`), stored with the step after the submit. A batch
   * claimed (the job store's batch record) but with no id here is looked up by its name (a crash in between).
   */
  bulkJobIds?: Record<string, string>;
  /**
   * How tracking confirms the targets once Microsoft's bulk jobs are done. `targets` (the default): the policy's units
   * are read and each target takes its unit's status. `none` (an Enable Auto night): bulk jobs that report `completed`
   * mean every target was added, so the units are not read (only when a bulk job ends with errors it does not itemise).
   * `all` (the customer's weekly check night): every unit is read, and every user's stored state is corrected by it.
   */
  unitsRead?: UnitsRead;
  /** `unitsRead: "all"`: how many users' stored states the check corrected (Microsoft's state had drifted from ours). */
  driftCorrected?: number;
  counts: JobCounts;
  failures: JobFailure[];
  pausedReason: string | null;
  /** provisionSites: counts per workload (total = sites found / drives found); `counts` is their sum. */
  workloads: Record<"sharePoint" | "oneDriveForBusiness", JobCounts> | null;
  /** provisionSites: the reporting options staff chose (intent, stored with the job). */
  reporting: ReportingOptions | null;
  etag?: string;
}

/** True while a job still has work to do (a second All joins it instead of starting another). */
export function isActive(job: Pick<Job, "status">): boolean {
  return job.status === "queued" || job.status === "running" || job.status === "paused";
}

/** The step after `step`. */
export function nextStep(step: JobStep): JobStep {
  const index = jobSteps.indexOf(step);
  return jobSteps[Math.min(index + 1, jobSteps.length - 1)]!;
}

/**
 * A job started with the remembered set-up has nothing to do at `service`, `policy` and `activate` (the policy is
 * known active): it goes on at `submit`, and from `submit` to `track`.
 */
export function skipKnownSetup(step: JobStep, knownSetup: boolean | undefined): JobStep {
  if (!knownSetup) return step;
  return step === "service" || step === "policy" ? "submit" : step === "activate" ? "track" : step;
}

/** The start of every job id created at `ms` (epoch ms, base 36: eight characters until 2059), so ids sort by creation. */
export function jobIdTimePrefix(ms: number): string {
  return ms.toString(36);
}

/** The Microsoft 365 Backup workloads a job protects. */
export function jobWorkloads(job: Pick<Job, "kind">): Workload[] {
  return job.kind === "provisionSites" ? ["sharePoint", "oneDriveForBusiness"] : ["exchange"];
}

/** Where a job's targets and batches of one workload are stored (mailbox jobs keep the plain job id). */
export function targetListId(job: Pick<Job, "id">, workload: Workload): string {
  return workload === "exchange" ? job.id : `${job.id}-${workload}`;
}

/** The key of a target list's batch in `Job.bulkJobIds`. */
export function batchKey(listId: string, index: number): string {
  return `${listId}#${index}`;
}

/** Zero counts of `total` resources, all pending. */
export function pendingCounts(total: number): JobCounts {
  return { total, protected: 0, pending: total, failed: 0 };
}

/** The final status from the counts: errors if any user failed. */
export function finalStatus(counts: JobCounts): JobStatus {
  return counts.failed > 0 ? "doneWithErrors" : "done";
}
