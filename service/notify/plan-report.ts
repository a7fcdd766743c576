import type { Job } from "../domain/job.js";
import type { ReportEvent, ReportRecord } from "../ports/report-store.port.js";

/** How often progress and failure reports may go out. */
export interface ReportCadenceSettings {
  /** "On each change": at most one report this often (ms). */
  minIntervalMs: number;
  /** "Daily summary": one report this often (ms). */
  dailyMs: number;
}

/** A report to create now: its unique key and event. */
export interface PlannedReport {
  key: string;
  event: ReportEvent;
}

/** What a report's decision compares: status, counts and the pause reason. */
export function reportFingerprint(job: Pick<Job, "status" | "counts" | "pausedReason">): string {
  return JSON.stringify([job.status, job.counts.total, job.counts.protected, job.counts.pending, job.counts.failed, job.pausedReason]);
}

const finished = (job: Job): boolean => job.status === "done" || job.status === "doneWithErrors";

/**
 * Decides which report emails a job's new state calls for, given the reports already recorded (pure). Started:
 * once, with progress reports. Progress and failures: when the counts changed (failures: when more
 * failed), no more often than the cadence allows, never for "on completion". Paused: once per reason. Completed:
 * once, for completion or progress reports, or for failures-only when something failed.
 */
export function planReports(job: Job, existing: readonly ReportRecord[], nowMs: number, settings: ReportCadenceSettings): PlannedReport[] {
  const options = job.reporting;
  if (!options || job.kind !== "provisionSites") return [];
  const wants = new Set(options.reports);
  const has = (event: ReportEvent) => existing.filter((r) => r.event === event);
  const plan: PlannedReport[] = [];
  if (wants.has("progress") && has("started").length === 0) plan.push({ key: "00-started", event: "started" });
  if (finished(job)) {
    const wantCompleted = wants.has("completion") || wants.has("progress") || (wants.has("failures") && job.counts.failed > 0);
    if (wantCompleted && has("completed").length === 0) plan.push({ key: "99-completed", event: "completed" });
    return plan;
  }
  if (job.status === "paused") {
    const reason = job.pausedReason ?? "";
    const told = has("paused").some((r) => JSON.parse(r.fingerprint)[5] === reason);
    if ((wants.has("progress") || wants.has("failures")) && !told) plan.push({ key: `50-paused-${pad(has("paused").length + 1)}`, event: "paused" });
    return plan;
  }
  const interval = options.cadence === "daily" ? settings.dailyMs : options.cadence === "eachChange" ? settings.minIntervalMs : null;
  if (interval === null || job.step !== "track") return plan;
  const last = existing
    .filter((r) => r.event === "started" || r.event === "progress" || r.event === "failures")
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
    .at(-1);
  const due = !last || nowMs - Date.parse(last.createdAt) >= interval;
  if (!due) return plan;
  const lastCounts = last ? (JSON.parse(last.fingerprint) as number[]) : null;
  const changed = !last || last.fingerprint !== reportFingerprint(job);
  const moreFailed = job.counts.failed > Number(lastCounts?.[4] ?? 0);
  if (wants.has("progress") && (changed || options.cadence === "daily")) plan.push({ key: `10-progress-${pad(has("progress").length + 1)}`, event: "progress" });
  else if (wants.has("failures") && moreFailed) plan.push({ key: `20-failures-${pad(has("failures").length + 1)}`, event: "failures" });
  return plan;
}

function pad(n: number): string {
  return String(n).padStart(3, "0");
}
