import { isAppError } from "../domain/app-error.js";
import { nextStep, pendingCounts, skipKnownSetup, type Job } from "../domain/job.js";
import type { JobStore } from "../ports/job-store.port.js";
import type { ToDo } from "../ports/tenant-user-store.port.js";
import type { WorkItem } from "../ports/work-queue.port.js";
import type { ProvisioningDeps } from "./deps.js";
import { activatePolicies, ensurePolicies } from "./job-steps/ensure-policies.js";
import { inventorySites } from "./job-steps/inventory-sites.js";
import { forgetSetup, rememberSetup } from "./job-steps/known-setup.js";
import { snapshotTargets } from "./job-steps/snapshot-targets.js";
import { submitBatches } from "./job-steps/submit-batches.js";
import { trackProgress } from "./job-steps/track-progress.js";
import { syncTenantUsers, type PendingDeltaLink } from "./sync-tenant-users.js";

/** What the queue should do with the work item after one step: run again now, later, or drop it. */
export type Continuation = "now" | "later" | "stop";

/** How many "go on at once" steps one call may run, and for how long (then its lane goes to the next job in line). */
const budget = { steps: 8, ms: 10_000 } as const;

/** Faults worth a pause with the reason shown (retries in the Graph chain already ran out, or a fix is needed). */
const pausing = new Set(["BACKUP.BILLING_PROFILE_MISSING", "BACKUP.BILLING_PROFILE_UNREADABLE", "GRAPH.UNAVAILABLE", "GRAPH.ACCESS_DENIED", "GRAPH.REJECTED", "IDENTITY.NOT_AUTHORISED", "IDENTITY.UNREACHABLE", "BACKUP.TOO_MANY_UNITS"]);

/**
 * Advances a job (mailboxes, or SharePoint / OneDrive) by one recorded step (sync → snapshot → service → policy →
 * submit → activate → track). Every step is safe to repeat, and the step is stored (with the job's ETag) only
 * after it succeeded, so a crash anywhere resumes at that step on any instance.
 */
export async function advanceJob(shared: ProvisioningDeps, item: WorkItem, stored?: (job: Job) => void, held: HeldJob = holdJob()): Promise<Continuation> {
  const deps = { ...shared, jobs: remembering(shared.jobs, held) };
  let job = heldForTracking(held, item) ?? (await deps.jobs.get(item.mspTenantId, item.customerId, item.jobId));
  held.job = null; // set again by the next save: a failed or conflicting call reads the job afresh next time
  if (!job || (job.status !== "queued" && job.status !== "running")) return "stop";
  let unsaved = false;
  const save = async (next: Job): Promise<Job> => {
    job = await deps.jobs.update({ ...next, updatedAt: deps.clock.now().toISOString() });
    unsaved = false;
    stored?.(job);
    held.job = job;
    return job;
  };
  // An unattended Enable Auto night stores `running`, its sync and its snapshot with the submit instead of one by one:
  // nobody watches them, and a crash in between only repeats the (idempotent) delta read and the same snapshot.
  const hold = async (next: Job): Promise<Job> => {
    unsaved = true;
    return (job = next);
  };
  const keep = job.unitsRead === "none" ? hold : save;
  const call: CallState = { toDo: null, created: [], snapshotted: false, pending: null };
  const started = performance.now();
  try {
    if (job.status === "queued") await keep({ ...job, status: "running" });
    // Steps that can go on at once run in this call (each still stored before the next): no job re-read between
    // them. The budget keeps one long job from holding a lane while others wait for it.
    for (let steps = 1; ; steps++) {
      const next = await runStep(deps, job, save, keep, call);
      if (next !== "now" || steps >= budget.steps || performance.now() - started > budget.ms) {
        if (unsaved) await save(job);
        await storeDeltaLink(deps, job, call);
        return next;
      }
    }
  } catch (error) {
    if (isAppError(error) && error.code === "STORE.CONFLICT") {
      // Someone else wrote first (a batch claim, the job itself): the steps done in this call are kept if the job
      // still carries our ETag (if not, whoever wrote it goes on), then later, with the job read afresh. A held
      // night's deltaLink follows only a job that holds the steps.
      const kept = !unsaved || (await save(job).then(() => true, () => false));
      if (kept) await storeDeltaLink(deps, job, call);
      held.job = null;
      return "later";
    }
    held.job = null;
    if (isAppError(error) && pausing.has(error.code)) {
      await save({ ...job, status: "paused", pausedReason: error.userMessage });
      await storeDeltaLink(deps, job, call);
      return "stop";
    }
    throw error;
  }
}

/**
 * What a job's calls remember while the worker holds its message (job-worker.ts: nobody else advances it meanwhile):
 * - the job as the last call stored it (with its ETag);
 * - the target lists written or read, which never change once written (a snapshot writes a list once).
 * Microsoft's bulk job ids are on the job itself (`Job.bulkJobIds`).
 */
export interface HeldJob {
  job: Job | null;
  targets: Map<string, string[]>;
}

/** A fresh memory for one held message. */
export function holdJob(): HeldJob {
  return { job: null, targets: new Map() };
}

/**
 * The job as the last call stored it, when its next step only reads Microsoft (tracking): not read again. If staff
 * changed it meanwhile (paused, cancelled), the step's save fails on the ETag and the next call reads it afresh; no
 * step that asks Microsoft to change anything ever runs from memory.
 */
function heldForTracking(held: HeldJob, item: WorkItem): Job | null {
  const job = held.job;
  return job && job.id === item.jobId && job.status === "running" && job.step === "track" ? job : null;
}

/** The job store as a held job's calls see it: target lists are not read back (see HeldJob). */
function remembering(jobs: JobStore, held: HeldJob): JobStore {
  return {
    ...jobs,
    writeTargets: async (listId, ids) => {
      await jobs.writeTargets(listId, ids);
      held.targets.set(listId, [...ids]);
    },
    readTargets: async (listId) => {
      const known = held.targets.get(listId) ?? (await jobs.readTargets(listId));
      held.targets.set(listId, known);
      return [...known];
    },
  };
}

/**
 * What one call's steps hand on: from the sync step to the snapshot right after (milliseconds later), the to-do list as
 * it wrote it and the users it created; from the snapshot to the submit, that the target lists are this call's own.
 */
interface CallState {
  toDo: ToDo | null;
  created: string[];
  snapshotted: boolean;
  /** A held night's deltaLink, stored after the job (storeDeltaLink), with the users settled by its steps. */
  pending: { link: PendingDeltaLink; settled: string[] } | null;
}

/** With a deltaLink pending: users settled by a step go with it (instead of a to-do write of their own). */
function settler(call: CallState): ((ids: string[]) => void) | undefined {
  const pending = call.pending;
  return pending ? (ids) => void pending.settled.push(...ids) : undefined;
}

/**
 * Stores a held night's deltaLink once the job's save holds what the call did: the users its read noted go on the
 * to-do list and those its snapshot and submit settled come off it, in one write. Before that save the old deltaLink
 * stays, so a crash reads the same changes again instead of losing them. A failed write is left to the next sync,
 * which reads the same changes again (every step is idempotent).
 */
async function storeDeltaLink(deps: ProvisioningDeps, job: Job, call: CallState): Promise<void> {
  const pending = call.pending;
  if (!pending) return;
  call.pending = null;
  const { deltaLink, syncedAt, noted } = pending.link;
  await deps.tenantUsers.setDeltaLink(job.tenantId, deltaLink, syncedAt, { full: false, noted }, pending.settled).catch(() => undefined);
}

/** Runs the job's recorded step; `keep` stores a step that is cheap to repeat (or holds it for the next `save`). */
async function runStep(deps: ProvisioningDeps, job: Job, save: (job: Job) => Promise<Job>, keep: (job: Job) => Promise<Job>, call: CallState): Promise<Continuation> {
  const nextOf = (changes: Partial<Job> = {}): Job => ({ ...job, ...changes, step: skipKnownSetup(nextStep(job.step), job.knownSetup) });
  const advance = (changes: Partial<Job> = {}) => save(nextOf(changes));
  switch (job.step) {
    case "sync": {
      // A held night (nothing stored until the submit) stores its deltaLink after the job too (storeDeltaLink).
      const synced = await syncTenantUsers(deps, job.tenantId, { defer: keep !== save });
      ({ toDo: call.toDo, created: call.created } = synced);
      call.pending = synced.pending ? { link: synced.pending, settled: [] } : null;
      await keep(nextOf());
      return "now";
    }
    case "snapshot": {
      if (job.kind === "provisionSites") {
        const workloads = await inventorySites(deps, job);
        await advance({ workloads, counts: pendingCounts(workloads.sharePoint.total + workloads.oneDriveForBusiness.total) });
        return "now";
      }
      const { total, neverAdded } = await snapshotTargets(deps, job, { ...call, settle: settler(call) });
      if (total === 0 && job.unitsRead !== "all") {
        // Nothing to add (every user protected, or a night without new users): done now, not after a poll round trip.
        // A check night goes on, because it reads the units whatever the targets.
        await save({ ...job, counts: pendingCounts(0), targetsNeverAdded: true, step: "track", status: "done", finishedAt: deps.clock.now().toISOString() });
        return "stop";
      }
      call.snapshotted = true;
      // An unattended night holds its snapshot for the submit's save too: a crash in between repeats the sync (nothing
      // new) and the snapshot (the same targets, still on the to-do list until submitted).
      await keep(nextOf({ counts: pendingCounts(total), targetsNeverAdded: neverAdded }));
      return "now";
    }
    case "service":
      if ((await deps.backup.getServiceStatus(job.tenantId)) !== "enabled") await deps.backup.enableService(job.tenantId, job.mspTenantId);
      await advance();
      return "now";
    case "policy":
      await advance({ policyIds: await ensurePolicies(deps, job) });
      return "now";
    case "submit": {
      let bulkJobIds: Record<string, string>;
      try {
        bulkJobIds = await submitBatches(deps, job, { claimFirst: call.snapshotted, settle: settler(call) });
      } catch (error) {
        if (!job.knownSetup || !isAppError(error) || error.code !== "GRAPH.NOT_FOUND") throw error;
        await forgetSetup(deps, job); // the remembered policy is gone: set up again from the service step
        await save({ ...job, knownSetup: false, policyIds: {}, step: "service" });
        return "now";
      }
      await advance({ bulkJobIds });
      // Straight to tracking (known set-up): Microsoft is given a poll interval first, as after activating.
      return skipKnownSetup("activate", job.knownSetup) === "track" ? "later" : "now";
    }
    case "activate":
      if (!job.knownSetup) {
        await activatePolicies(deps, job);
        await rememberSetup(deps, job);
      }
      await advance();
      return "later";
    case "track": {
      const tracked = await trackProgress(deps, job);
      // Nothing new since the last poll: not stored again (a bulk job Microsoft works on for an hour is polled every
      // minute). Not held either: the next poll reads the job, so a pause or cancel by staff meanwhile is seen then.
      if (!tracked.finishedAt && sameProgress(job, tracked)) return "later";
      await save(tracked);
      return tracked.finishedAt ? "stop" : "later";
    }
  }
}

/** Whether a poll found the job where it already stood (its counts, and per workload for Provision). */
function sameProgress(before: Job, after: Job): boolean {
  return JSON.stringify([before.counts, before.workloads ?? null]) === JSON.stringify([after.counts, after.workloads ?? null]);
}
