import type { Job, JobStatus } from "../../../../contract/index.js";

/** Queued or running: the tab polls these. A paused job waits for staff (Resume). */
export function isMoving(status: JobStatus): boolean {
  return status === "queued" || status === "running";
}

/** Done, with or without errors. */
export function isFinished(status: JobStatus): boolean {
  return status === "done" || status === "doneWithErrors";
}

/** The job to show: the latest unfinished one, else the latest finished one (`jobs` is newest first). */
export function pickJob(jobs: readonly Job[]): Job | null {
  return jobs.find((job) => !isFinished(job.status)) ?? jobs[0] ?? null;
}

/** A short key that changes whenever the job moves (status or counts), to refresh what depends on it. */
export function jobMoveKey(job: Job | null): string {
  if (!job) return "";
  const { total, protected: done, pending, failed } = job.counts;
  return `${job.id}:${job.status}:${total}:${done}:${pending}:${failed}`;
}
