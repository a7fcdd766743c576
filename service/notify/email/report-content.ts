import type { Job } from "../../domain/job.js";
import type { ReportEvent } from "../../ports/report-store.port.js";

/** What a report says, before it is laid out as HTML or plain text. */
export interface ReportContent {
  subject: string;
  headline: string;
  intro: string;
  rows: Array<[string, string]>;
  failures: Array<{ name: string; what: string; message: string }>;
  moreFailures: number;
  link: string;
}

const failuresShown = 20;
const what: Record<string, string> = { sharePoint: "Site", oneDriveForBusiness: "OneDrive", exchange: "Mailbox" };
const headlines: Record<ReportEvent, string> = {
  started: "Provisioning in progress",
  progress: "Provisioning in progress",
  failures: "Some items could not be protected",
  paused: "Provisioning paused",
  completed: "Provisioning complete",
};

/** The words of a SharePoint / OneDrive report for one event and the job's state at that moment. */
export function reportContent(event: ReportEvent, job: Job, customerName: string, link: string): ReportContent {
  const w = job.workloads;
  const withErrors = event === "completed" && job.status === "doneWithErrors";
  const headline = withErrors ? "Provisioning complete, with errors" : headlines[event];
  const rows: Array<[string, string]> = [
    ["SharePoint sites found", w ? String(w.sharePoint.total) : "counting…"],
    ["OneDrive drives found", w ? String(w.oneDriveForBusiness.total) : "counting…"],
    ["Protected so far", `${job.counts.protected} of ${job.counts.total}`],
    ["Pending", String(job.counts.pending)],
    ["Failed", String(job.counts.failed)],
  ];
  if (event === "completed" && job.finishedAt) rows.push(["Time taken", duration(Date.parse(job.finishedAt) - Date.parse(job.requestedAt))]);
  const intro = {
    started: `Backup365 started protecting ${customerName}'s SharePoint sites and OneDrive drives (requested by ${job.requestedBy}). You will receive updates by email as it progresses.`,
    progress: `Backup365 is protecting ${customerName}'s SharePoint sites and OneDrive drives.`,
    failures: `Microsoft 365 Backup could not protect some of ${customerName}'s sites or drives. The rest continue.`,
    paused: `Provisioning for ${customerName} is paused: ${job.pausedReason ?? "Microsoft did not answer"}. Fix what this says, then press Resume on the SharePoint / OneDrive page.`,
    completed: withErrors
      ? `Backup365 finished provisioning ${customerName}'s SharePoint and OneDrive backup. ${job.counts.failed} item${job.counts.failed === 1 ? "" : "s"} could not be protected (below).`
      : `Backup365 finished provisioning ${customerName}'s SharePoint and OneDrive backup: everything found is protected.`,
  }[event];
  const failures = job.failures.slice(0, failuresShown).map((f) => ({ name: f.displayName, what: what[f.workload ?? "sharePoint"] ?? "Item", message: f.message }));
  return {
    subject: `Backup365 · ${customerName} · SharePoint / OneDrive: ${headline}`,
    headline,
    intro,
    rows,
    failures,
    moreFailures: Math.max(0, job.counts.failed - failures.length),
    link,
  };
}

/** "2 h 5 min", "3 min 20 s", "45 s". */
export function duration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m} min${s % 60 ? ` ${s % 60} s` : ""}`;
  const h = Math.floor(m / 60);
  return `${h} h${m % 60 ? ` ${m % 60} min` : ""}`;
}
