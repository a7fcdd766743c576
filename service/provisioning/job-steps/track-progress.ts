import { finalStatus, jobWorkloads, type Job, type JobCounts, type JobFailure } from "../../domain/job.js";
import type { ProvisioningDeps } from "../deps.js";
import { checkProtection } from "./check-protection.js";
import { readWorkloadProgress, type WorkloadProgress } from "./read-workload-progress.js";

const failuresKept = 20;

/**
 * Reads where Microsoft stands for every workload of the job and returns the job with fresh counts. It is final
 * (done / doneWithErrors) once nothing is pending anywhere; only then are the mailbox users' states written, once
 * (and, on an Enable Auto check night, every other user's state checked against Microsoft's units).
 */
export async function trackProgress(deps: Pick<ProvisioningDeps, "backup" | "jobs" | "tenantUsers" | "clock">, job: Job): Promise<Job> {
  const progress: WorkloadProgress[] = [];
  for (const workload of jobWorkloads(job)) progress.push(await readWorkloadProgress(deps, job, workload));
  const counts = sum(progress.map((p) => p.counts));
  const workloads = job.kind === "provisionSites" ? breakdown(progress) : null;
  if (progress.some((p) => p.states === null || p.counts.pending > 0)) return { ...job, counts, workloads };

  const failures: JobFailure[] = [];
  let driftCorrected: number | undefined;
  for (const p of progress) {
    const states = p.states!;
    if (p.census && p.workload === "exchange") driftCorrected = await checkProtection(deps, job.tenantId, p.census, new Set(states.keys()));
    if (p.workload === "exchange") {
      // Failed users go back on the to-do list first, so the next All (or night) tries them again.
      await deps.tenantUsers.noteToDo(job.tenantId, [...states].filter(([, s]) => s.backup === "failed").map(([id]) => id));
      await deps.tenantUsers.setBackup(job.tenantId, [...states].map(([id, s]) => ({ id, backup: s.backup, backupError: s.error })));
    }
    const failed = [...states].filter(([, s]) => s.backup === "failed").slice(0, failuresKept - failures.length);
    const users = p.workload === "sharePoint" ? [] : await deps.tenantUsers.get(job.tenantId, failed.map(([id]) => id));
    const names = new Map(users.map((u) => [u.id, u.displayName]));
    for (const [id, s] of failed) failures.push({ userId: id, displayName: names.get(id) ?? s.name ?? id, message: s.error ?? "Failed.", workload: p.workload });
  }
  const checked = driftCorrected === undefined ? {} : { driftCorrected };
  return { ...job, counts, workloads, failures, ...checked, status: finalStatus(counts), finishedAt: deps.clock.now().toISOString() };
}

function sum(all: JobCounts[]): JobCounts {
  return all.reduce((a, c) => ({ total: a.total + c.total, protected: a.protected + c.protected, pending: a.pending + c.pending, failed: a.failed + c.failed }), {
    total: 0, protected: 0, pending: 0, failed: 0,
  });
}

function breakdown(progress: WorkloadProgress[]): Job["workloads"] {
  const of = (w: string): JobCounts => progress.find((p) => p.workload === w)?.counts ?? { total: 0, protected: 0, pending: 0, failed: 0 };
  return { sharePoint: of("sharePoint"), oneDriveForBusiness: of("oneDriveForBusiness") };
}
