import type { Job, JobStatus } from "../../../../contract/index.js";
import { formatNumber, formatUserCount } from "../users/format-count.js";
import { isFinished } from "./job-state.js";

/** "Enabling all users" or "Enabling 2,000 users". */
export function jobTitle(job: Job): string {
  return job.selection === "all" ? "Enabling all users" : `Enabling ${formatUserCount(job.counts.total)}`;
}

/** The bar's value, 0 to 1: (protected + failed) / total; undefined (indeterminate) while the total is unknown. */
export function jobProgress(job: Job): number | undefined {
  const { total, protected: done, failed } = job.counts;
  if (total > 0) return Math.min(1, (done + failed) / total);
  return isFinished(job.status) ? 1 : undefined;
}

/** "1,234 of 2,000 protected · 3 failed". */
export function jobCountsText(job: Job): string {
  const { total, protected: done, failed } = job.counts;
  if (total === 0 && !isFinished(job.status)) return "Finding the users not yet protected…";
  const base = `${formatNumber(done)} of ${formatNumber(total)} protected`;
  return failed > 0 ? `${base} · ${formatNumber(failed)} failed` : base;
}

/** "Started by Oscar Operator on 12 Mar 2026, 10:04 · finished 10:06". */
export function jobStartedText(job: Job): string {
  const started = formatWhen(job.requestedAt, { dateStyle: "medium", timeStyle: "short" });
  const finished = job.finishedAt ? formatWhen(job.finishedAt, { timeStyle: "short" }) : null;
  const base = started ? `Started by ${job.requestedBy} on ${started}` : `Started by ${job.requestedBy}`;
  return finished ? `${base} · finished ${finished}` : base;
}

/** The success line of a job done without errors. */
export function jobDoneText(job: Job): string {
  const done = job.counts.protected;
  if (job.counts.total === 0) return "Every user was already protected.";
  return done === 1 ? "The user is protected." : `All ${formatNumber(done)} users are protected.`;
}

/** An Enable Auto check night: "Weekly check with Microsoft 365 Backup: 3 users corrected." (null on other jobs). */
export function jobCheckText(job: Job): string | null {
  if (!job.protectionCheck) return null;
  const { corrected } = job.protectionCheck;
  return `Weekly check with Microsoft 365 Backup: ${corrected === 0 ? "every user's state agreed" : `${formatUserCount(corrected)} corrected`}.`;
}

/** "1,990 protected, 10 failed". */
export function jobErrorsText(job: Job): string {
  return `${formatNumber(job.counts.protected)} protected, ${formatNumber(job.counts.failed)} failed`;
}

const statusWords: Record<JobStatus, string> = { queued: "Queued", running: "Running", paused: "Paused", done: "Done", doneWithErrors: "Done with errors" };

/** The status as one word or two. */
export function jobStatusText(status: JobStatus): string {
  return statusWords[status];
}

function formatWhen(iso: string, style: Intl.DateTimeFormatOptions): string | null {
  const when = new Date(iso);
  return Number.isNaN(when.getTime()) ? null : when.toLocaleString(undefined, style);
}
