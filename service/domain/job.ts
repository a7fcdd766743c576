/** A user's protection as staff see it. */
export type BackupState = "off" | "requested" | "protected" | "failed";

export type JobStatus = "queued" | "running" | "paused" | "done" | "doneWithErrors";

/** The recorded steps of an enable job, in order; a restart resumes at the recorded one. */
export const enableSteps = ["sync", "snapshot", "service", "policy", "submit", "activate", "track"] as const;
export type EnableStep = (typeof enableSteps)[number];

export interface JobCounts {
  total: number;
  protected: number;
  pending: number;
  failed: number;
}

export interface JobFailure {
  userId: string;
  displayName: string;
  message: string;
}

/** A provisioning job: its intent (customer, selection, who) is stored before Microsoft is called. */
export interface Job {
  mspTenantId: string;
  customerId: string;
  id: string;
  kind: "enableMailboxes";
  selection: "all" | "some";
  status: JobStatus;
  step: EnableStep;
  requestedByOid: string;
  requestedBy: string;
  requestedAt: string;
  updatedAt: string;
  finishedAt: string | null;
  tenantId: string;
  policyId: string | null;
  counts: JobCounts;
  failures: JobFailure[];
  pausedReason: string | null;
  etag?: string;
}

/** True while a job still has work to do (a second All joins it instead of starting another). */
export function isActive(job: Pick<Job, "status">): boolean {
  return job.status === "queued" || job.status === "running" || job.status === "paused";
}

/** The step after `step`. */
export function nextStep(step: EnableStep): EnableStep {
  const index = enableSteps.indexOf(step);
  return enableSteps[Math.min(index + 1, enableSteps.length - 1)]!;
}

/** The final status from the counts: errors if any user failed. */
export function finalStatus(counts: JobCounts): JobStatus {
  return counts.failed > 0 ? "doneWithErrors" : "done";
}
