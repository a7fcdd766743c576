import { isAppError } from "../domain/app-error.js";
import { nextStep, type Job } from "../domain/job.js";
import type { WorkItem } from "../ports/work-queue.port.js";
import type { ProvisioningDeps } from "./deps.js";
import { snapshotTargets } from "./enable-job/snapshot-targets.js";
import { submitBatches } from "./enable-job/submit-batches.js";
import { trackProgress } from "./enable-job/track-progress.js";
import { syncTenantUsers } from "./sync-tenant-users.js";

/** What the queue should do with the work item after one step: run again now, later, or drop it. */
export type Continuation = "now" | "later" | "stop";

/** Faults worth a pause with the reason shown (retries in the Graph chain already ran out, or a fix is needed). */
const pausing = new Set(["BACKUP.BILLING_PROFILE_MISSING", "BACKUP.BILLING_PROFILE_UNREADABLE", "GRAPH.UNAVAILABLE", "GRAPH.ACCESS_DENIED", "GRAPH.REJECTED", "IDENTITY.NOT_AUTHORISED", "IDENTITY.UNREACHABLE", "BACKUP.TOO_MANY_UNITS"]);

/**
 * Advances an enable job by one recorded step (sync → snapshot → service → policy → submit → activate → track).
 * Every step is safe to repeat, and the step is stored (with the job's ETag) only after it succeeded, so a
 * crash anywhere resumes at that step on any instance.
 */
export async function advanceEnableJob(deps: ProvisioningDeps, item: WorkItem): Promise<Continuation> {
  let job = await deps.jobs.get(item.mspTenantId, item.customerId, item.jobId);
  if (!job || (job.status !== "queued" && job.status !== "running")) return "stop";
  const save = async (next: Job): Promise<Job> => (job = await deps.jobs.update({ ...next, updatedAt: deps.clock.now().toISOString() }));
  try {
    if (job.status === "queued") await save({ ...job, status: "running" });
    return await runStep(deps, job, save);
  } catch (error) {
    if (isAppError(error) && error.code === "STORE.CONFLICT") return "later";
    if (isAppError(error) && pausing.has(error.code)) {
      await save({ ...job, status: "paused", pausedReason: error.userMessage });
      return "stop";
    }
    throw error;
  }
}

async function runStep(deps: ProvisioningDeps, job: Job, save: (job: Job) => Promise<Job>): Promise<Continuation> {
  const advance = (changes: Partial<Job> = {}) => save({ ...job, ...changes, step: nextStep(job.step) });
  switch (job.step) {
    case "sync":
      await syncTenantUsers(deps, job.tenantId);
      await advance();
      return "now";
    case "snapshot": {
      const total = await snapshotTargets(deps, job);
      await advance({ counts: { total, protected: 0, pending: total, failed: 0 } });
      return "now";
    }
    case "service":
      if ((await deps.backup.getServiceStatus(job.tenantId)) !== "enabled") await deps.backup.enableService(job.tenantId, job.mspTenantId);
      await advance();
      return "now";
    case "policy": {
      const policy = (await deps.backup.findExchangePolicy(job.tenantId)) ?? (await createPolicy(deps, job));
      await advance({ policyId: policy.id });
      return "now";
    }
    case "submit":
      await submitBatches(deps, { ...job, policyId: job.policyId! });
      await advance();
      return "now";
    case "activate": {
      const policy = await deps.backup.findExchangePolicy(job.tenantId);
      if (policy && policy.status === "inactive") await deps.backup.activatePolicy(job.tenantId, policy.id);
      await advance();
      return "later";
    }
    case "track": {
      const tracked = await trackProgress(deps, { ...job, policyId: job.policyId! });
      await save(tracked);
      return tracked.finishedAt ? "stop" : "later";
    }
  }
}

async function createPolicy(deps: ProvisioningDeps, job: Job) {
  try {
    return await deps.backup.createExchangePolicy(job.tenantId, "Backup365 – Exchange mailboxes");
  } catch (error) {
    const existing = isAppError(error) && error.code === "BACKUP.POLICY_EXISTS" ? await deps.backup.findExchangePolicy(job.tenantId) : null;
    if (!existing) throw error;
    return existing;
  }
}
