import { finalStatus, type Job, type JobCounts, type JobFailure } from "../../domain/job.js";
import type { ProvisioningDeps } from "../deps.js";

const failuresKept = 20;

/**
 * Reads where Microsoft stands: first the bulk jobs (until each is completed), then the policy's units for
 * the job's targets. Returns the job with fresh counts; it is final (done / doneWithErrors) once nothing is pending,
 * and only then are the users' states written, once.
 */
export async function trackProgress(deps: Pick<ProvisioningDeps, "backup" | "jobs" | "tenantUsers" | "clock">, job: Job & { policyId: string }): Promise<Job> {
  const targets = await deps.jobs.readTargets(job.id);
  const unresolved = new Map<string, string>();
  let bulkPending = false;
  for (const batch of await deps.jobs.listBatches(job.id)) {
    if (!batch.bulkJobId) continue;
    const remote = await deps.backup.getMailboxBulkJob(job.tenantId, job.policyId, batch.bulkJobId);
    for (const item of remote.unresolved) unresolved.set(item.target.toLowerCase(), item.message);
    if (remote.status === "active" || remote.status === "unknown") bulkPending = true;
  }
  if (bulkPending) return { ...job, counts: { total: targets.length, protected: 0, pending: targets.length - unresolved.size, failed: unresolved.size } };

  const wanted = new Set(targets);
  const states = new Map<string, { backup: "protected" | "failed" | "requested"; error: string | null }>();
  for await (const page of deps.backup.listMailboxUnits(job.tenantId, job.policyId)) {
    for (const unit of page) {
      const id = unit.directoryObjectId.toLowerCase();
      if (!wanted.has(id)) continue;
      const failed = unit.errorMessage !== null || unit.status === "unprotected";
      states.set(id, { backup: failed ? "failed" : unit.status === "protected" ? "protected" : "requested", error: failed ? unit.errorMessage ?? `Microsoft reports ${unit.status}.` : null });
    }
  }
  for (const id of targets) if (!states.has(id)) states.set(id, { backup: "failed", error: unresolved.get(id) ?? "Microsoft 365 Backup did not add this mailbox." });
  const counts: JobCounts = { total: targets.length, protected: 0, pending: 0, failed: 0 };
  for (const state of states.values()) counts[state.backup === "requested" ? "pending" : state.backup]++;
  if (counts.pending > 0) return { ...job, counts };

  await deps.tenantUsers.setBackup(job.tenantId, [...states].map(([id, s]) => ({ id, backup: s.backup, backupError: s.error })));
  const failedIds = [...states].filter(([, s]) => s.backup === "failed").slice(0, failuresKept);
  const names = new Map((await deps.tenantUsers.get(job.tenantId, failedIds.map(([id]) => id))).map((u) => [u.id, u.displayName]));
  const failures: JobFailure[] = failedIds.map(([id, s]) => ({ userId: id, displayName: names.get(id) ?? id, message: s.error ?? "Failed." }));
  return { ...job, counts, failures, status: finalStatus(counts), finishedAt: deps.clock.now().toISOString() };
}
