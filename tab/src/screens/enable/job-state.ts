import type { Job, JobStatus } from "../../../../contract/index.js";

/** Queued or running: the tab polls these. A paused job waits for staff (Resume). */
export function isMoving(status: JobStatus): boolean {
  return status === "queued" || status === "running";
}

/** Done, with or without errors. */
export function isFinished(status: JobStatus): boolean {
  return status === "done" || status === "doneWithErrors";
}

/**
 * The mailbox job to show on the Enable page: the latest unfinished one, else the latest finished one (`jobs` is newest
 * first). SharePoint / OneDrive jobs belong to their own panel.
 */
export function pickJob(jobs: readonly Job[]): Job | null {
  const mailboxes = jobs.filter((job) => job.kind === "enableMailboxes");
  return mailboxes.find((job) => !isFinished(job.status)) ?? mailboxes[0] ?? null;
}

/** A short key that changes whenever the job moves (status or counts), to refresh what depends on it. */
export function jobMoveKey(job: Job | null): string {
  if (!job) return "";
  const { total, protected: done, pending, failed } = job.counts;
  return `${job.id}:${job.status}:${total}:${done}:${pending}:${failed}`;
}
