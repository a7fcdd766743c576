import type { JobRun } from "./run-job.js";

/** Totals over a campaign's job runs, as docs/reliability.md shows them. */
export interface Tally {
  jobs: number;
  held: number;
  disruptions: number;
  /** Disruptions by the step the job had reached. */
  byStep: Record<string, number>;
  targets: number;
  lost: number;
  duplicated: number;
  /** Jobs that paused and needed Resume, and the reasons they showed. */
  resumed: number;
  pauseReasons: Record<string, number>;
  broken: Array<{ customerId: string; kind: string; problems: string[] }>;
}

/** Adds up job runs. */
export function tallyRuns(runs: JobRun[]): Tally {
  const byStep: Record<string, number> = {};
  for (const step of runs.flatMap((r) => r.disruptedAt)) byStep[step] = (byStep[step] ?? 0) + 1;
  return {
    jobs: runs.length,
    held: runs.filter((r) => r.check.ok).length,
    disruptions: runs.reduce((n, r) => n + r.disruptedAt.length, 0),
    byStep,
    targets: runs.reduce((n, r) => n + r.check.targets, 0),
    lost: runs.reduce((n, r) => n + r.check.lost, 0),
    duplicated: runs.reduce((n, r) => n + r.check.duplicated, 0),
    resumed: runs.filter((r) => r.resumes.length > 0).length,
    pauseReasons: runs.flatMap((r) => r.resumes).reduce<Record<string, number>>((m, reason) => ((m[reason] = (m[reason] ?? 0) + 1), m), {}),
    broken: runs.filter((r) => !r.check.ok).map((r) => ({ customerId: r.customerId, kind: r.kind, problems: r.check.problems })),
  };
}

/** A progress line on stderr. */
export function say(campaign: string, line: string): void {
  console.error(`[campaign ${campaign}] ${new Date().toISOString().slice(11, 19)} ${line}`);
}
