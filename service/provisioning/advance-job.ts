import { isAppError } from "../domain/app-error.js";
import { nextStep, pendingCounts, skipKnownSetup, type Job } from "../domain/job.js";
import type { JobStore } from "../ports/job-store.port.js";
import type { WorkItem } from "../ports/work-queue.port.js";
import type { ProvisioningDeps } from "./deps.js";
import { activatePolicies, ensurePolicies } from "./job-steps/ensure-policies.js";
import { inventorySites } from "./job-steps/inventory-sites.js";
import { forgetSetup, rememberSetup } from "./job-steps/known-setup.js";
import { snapshotTargets } from "./job-steps/snapshot-targets.js";
import { submitBatches } from "./job-steps/submit-batches.js";
import { trackProgress } from "./job-steps/track-progress.js";
import { syncTenantUsers } from "./sync-tenant-users.js";

/** What the queue should do with the work item after one step: run again now, later, or drop it. */
export type Continuation = "now" | "later" | "stop";

/** How many "go on at once" steps one delivery may run, and for how long (then the rest goes back on the queue). */
const budget = { steps: 8, ms: 10_000 } as const;

/** Faults worth a pause with the reason shown (retries in the Graph chain already ran out, or a fix is needed). */
const pausing = new Set(["BACKUP.BILLING_PROFILE_MISSING", "BACKUP.BILLING_PROFILE_UNREADABLE", "GRAPH.UNAVAILABLE", "GRAPH.ACCESS_DENIED", "GRAPH.REJECTED", "IDENTITY.NOT_AUTHORISED", "IDENTITY.UNREACHABLE", "BACKUP.TOO_MANY_UNITS"]);

/**
 * Advances a job (mailboxes, or SharePoint / OneDrive) by one recorded step (sync → snapshot → service → policy →
 * submit → activate → track). Every step is safe to repeat, and the step is stored (with the job's ETag) only
 * after it succeeded, so a crash anywhere resumes at that step on any instance.
 */
export async function advanceJob(shared: ProvisioningDeps, item: WorkItem, stored?: (job: Job) => void): Promise<Continuation> {
  const deps = { ...shared, jobs: keepingTargets(shared.jobs) };
  let job = await deps.jobs.get(item.mspTenantId, item.customerId, item.jobId);
  if (!job || (job.status !== "queued" && job.status !== "running")) return "stop";
  let unsaved = false;
  const save = async (next: Job): Promise<Job> => {
    job = await deps.jobs.update({ ...next, updatedAt: deps.clock.now().toISOString() });
    unsaved = false;
    stored?.(job);
    return job;
  };
  // An unattended Enable Auto night stores `running` and its sync step with the next step instead of one by one:
  // nobody watches them, and a crash in between only repeats the (idempotent) delta read.
  const hold = async (next: Job): Promise<Job> => {
    unsaved = true;
    return (job = next);
  };
  const keep = job.unitsRead === "none" ? hold : save;
  const started = performance.now();
  try {
    if (job.status === "queued") await keep({ ...job, status: "running" });
    // Steps that can go on at once run in this delivery (each still stored before the next): no queue round trip
    // and job re-read between them. The budget keeps a delivery well inside the queue's visibility timeout.
    for (let steps = 1; ; steps++) {
      const next = await runStep(deps, job, save, keep);
      if (next !== "now" || steps >= budget.steps || performance.now() - started > budget.ms) {
        if (unsaved) await save(job);
        return next;
      }
    }
  } catch (error) {
    if (isAppError(error) && error.code === "STORE.CONFLICT") return "later";
    if (isAppError(error) && pausing.has(error.code)) {
      await save({ ...job, status: "paused", pausedReason: error.userMessage });
      return "stop";
    }
    throw error;
  }
}

/**
 * The job store as one delivery sees it: target lists this delivery wrote (the snapshot) are not read back by its later
 * steps (submit). A list is written once per snapshot and never changed after, so the copy in hand is the stored one.
 */
function keepingTargets(jobs: JobStore): JobStore {
  const written = new Map<string, string[]>();
  return {
    ...jobs,
    writeTargets: async (listId, ids) => {
      await jobs.writeTargets(listId, ids);
      written.set(listId, [...ids]);
    },
    readTargets: async (listId) => [...(written.get(listId) ?? (await jobs.readTargets(listId)))],
  };
}

/** Runs the job's recorded step; `keep` stores a step that is cheap to repeat (or holds it for the next `save`). */
async function runStep(deps: ProvisioningDeps, job: Job, save: (job: Job) => Promise<Job>, keep: (job: Job) => Promise<Job>): Promise<Continuation> {
  const nextOf = (changes: Partial<Job> = {}): Job => ({ ...job, ...changes, step: skipKnownSetup(nextStep(job.step), job.knownSetup) });
  const advance = (changes: Partial<Job> = {}) => save(nextOf(changes));
  switch (job.step) {
    case "sync":
      await syncTenantUsers(deps, job.tenantId);
      await keep(nextOf());
      return "now";
    case "snapshot": {
      if (job.kind === "provisionSites") {
        const workloads = await inventorySites(deps, job);
        await advance({ workloads, counts: pendingCounts(workloads.sharePoint.total + workloads.oneDriveForBusiness.total) });
        return "now";
      }
      const { total, neverAdded } = await snapshotTargets(deps, job);
      if (total === 0 && job.unitsRead !== "all") {
        // Nothing to add (every user protected, or a night without new users): done now, not after a poll round trip.
        // A check night goes on, because it reads the units whatever the targets.
        await save({ ...job, counts: pendingCounts(0), targetsNeverAdded: true, step: "track", status: "done", finishedAt: deps.clock.now().toISOString() });
        return "stop";
      }
      await advance({ counts: pendingCounts(total), targetsNeverAdded: neverAdded });
      return "now";
    }
    case "service":
      if ((await deps.backup.getServiceStatus(job.tenantId)) !== "enabled") await deps.backup.enableService(job.tenantId, job.mspTenantId);
      await advance();
      return "now";
    case "policy":
      await advance({ policyIds: await ensurePolicies(deps, job) });
      return "now";
    case "submit":
      try {
        await submitBatches(deps, job);
      } catch (error) {
        if (!job.knownSetup || !isAppError(error) || error.code !== "GRAPH.NOT_FOUND") throw error;
        await forgetSetup(deps, job); // the remembered policy is gone: set up again from the service step
        await save({ ...job, knownSetup: false, policyIds: {}, step: "service" });
        return "now";
      }
      await advance();
      // Straight to tracking (known set-up): Microsoft is given a poll interval first, as after activating.
      return skipKnownSetup("activate", job.knownSetup) === "track" ? "later" : "now";
    case "activate":
      if (!job.knownSetup) {
        await activatePolicies(deps, job);
        await rememberSetup(deps, job);
      }
      await advance();
      return "later";
    case "track": {
      const tracked = await trackProgress(deps, job);
      await save(tracked);
      return tracked.finishedAt ? "stop" : "later";
    }
  }
}
