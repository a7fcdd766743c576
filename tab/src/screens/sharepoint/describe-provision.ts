import type { Job, JobCounts, Workload } from "../../../../contract/index.js";
import { isFinished } from "../enable/job-state.js";
import { formatNumber } from "../users/format-count.js";

/** The two workloads Provision protects, in the order the page shows them. */
export type SiteWorkload = "sharePoint" | "oneDriveForBusiness";

/** The words for each workload: its card title, and one or many of what it protects. */
export const workloadWords: Record<SiteWorkload, { title: string; one: string; many: string }> = {
  sharePoint: { title: "SharePoint sites", one: "site", many: "sites" },
  oneDriveForBusiness: { title: "OneDrive drives", one: "drive", many: "drives" },
};

/** "1 site", "42 sites". */
export function countOf(count: number, one: string, many: string): string {
  return `${formatNumber(count)} ${count === 1 ? one : many}`;
}

/** The panel's heading: the guide's "Provisioning in progress" while it moves, then how it ended. */
export function provisionTitle(job: Job): string {
  if (job.status === "paused") return "Provisioning paused";
  if (job.status === "done") return "Provisioning complete";
  if (job.status === "doneWithErrors") return "Provisioning completed with errors";
  return "Provisioning in progress";
}

/** "158 of 162 protected · 4 failed", or what it is doing before anything was found. */
export function provisionCountsText(job: Job): string {
  const { total, protected: done, failed } = job.counts;
  if (total === 0 && !isFinished(job.status)) return "Finding SharePoint sites and OneDrive drives…";
  const base = `${formatNumber(done)} of ${formatNumber(total)} protected`;
  return failed > 0 ? `${base} · ${formatNumber(failed)} failed` : base;
}

/** A workload's bar, 0 to 1; undefined (indeterminate) while its total is not known yet. */
export function workloadProgress(counts: JobCounts, finished: boolean): number | undefined {
  if (counts.total > 0) return Math.min(1, (counts.protected + counts.failed) / counts.total);
  return finished ? 1 : undefined;
}

/** "42 SharePoint sites and 120 OneDrive drives are protected." */
export function provisionDoneText(job: Job): string {
  if (!job.workloads) return job.counts.total === 0 ? "There was nothing to protect." : `All ${formatNumber(job.counts.protected)} sites and drives are protected.`;
  const sites = job.workloads.sharePoint.protected;
  const drives = job.workloads.oneDriveForBusiness.protected;
  if (sites + drives === 0) return "There were no SharePoint sites or OneDrive drives to protect.";
  const verb = sites + drives === 1 ? "is" : "are";
  return `${countOf(sites, "SharePoint site", "SharePoint sites")} and ${countOf(drives, "OneDrive drive", "OneDrive drives")} ${verb} protected.`;
}

/** "158 protected, 4 failed". */
export function provisionErrorsText(job: Job): string {
  return `${formatNumber(job.counts.protected)} protected, ${formatNumber(job.counts.failed)} failed`;
}

/** "SharePoint site" / "OneDrive" / "Mailbox", for a failure's line. */
export function failureWorkloadText(workload: Workload | undefined): string | null {
  if (workload === "sharePoint") return "SharePoint site";
  if (workload === "oneDriveForBusiness") return "OneDrive";
  if (workload === "exchange") return "Mailbox";
  return null;
}

/** How long a finished job took (requestedAt → finishedAt), as "3 minutes 20 seconds"; null while it runs. */
export function provisionTookText(job: Job): string | null {
  if (!job.finishedAt) return null;
  const ms = new Date(job.finishedAt).getTime() - new Date(job.requestedAt).getTime();
  return Number.isFinite(ms) && ms >= 0 ? formatDuration(ms) : null;
}

const units: Array<[string, number]> = [
  ["day", 86_400],
  ["hour", 3_600],
  ["minute", 60],
  ["second", 1],
];

/** A duration in words, the two largest units: "45 seconds", "3 minutes 20 seconds", "1 hour 5 minutes", "2 days 4 hours". */
export function formatDuration(ms: number): string {
  let seconds = Math.round(ms / 1000);
  if (seconds < 1) return "less than a second";
  const parts: string[] = [];
  for (const [name, size] of units) {
    const count = Math.floor(seconds / size);
    seconds -= count * size;
    if (count > 0 || parts.length > 0) parts.push(count > 0 ? `${count} ${name}${count === 1 ? "" : "s"}` : "");
    if (parts.length === 2) break;
  }
  return parts.filter(Boolean).join(" ");
}

/** "a@x.com", "a@x.com and b@y.com", "a@x.com, b@y.com and c@z.com". */
export function formatAddresses(emails: readonly string[]): string {
  return new Intl.ListFormat("en-GB", { style: "long", type: "conjunction" }).format(emails);
}
