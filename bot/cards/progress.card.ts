import { retryFailedData } from "../commands/card-action.js";
import { adaptiveCard, execute, facts, heading, localDateTime, openUrl, plain, text } from "./card-parts.js";
import type { AdaptiveCard, CardObject, TextColor } from "./card-types.js";
import { progressBar } from "./progress-bar.js";
import type { TabLinks } from "./tab-links.js";

/** Where a provisioning job is (the service's job statuses). */
export type ProgressStatus = "queued" | "running" | "paused" | "done" | "doneWithErrors";

/**
 * A job's progress as one card shows it; the card is edited in place as these numbers move. Field names follow
 * the service's `Job`, so a job plus its customer's name and page is one spread away.
 */
export interface ProvisioningProgress {
  id: string;
  customerId: string;
  customerName: string;
  /** What is being provisioned: the tab's Mailboxes page or its SharePoint / OneDrive page. */
  workload: "mailboxes" | "sharepoint";
  status: ProgressStatus;
  counts: { total?: number; protected: number; pending: number; failed: number };
  /** Users or sites that failed, with Microsoft's reason in plain words; the card lists the first ten. */
  failures: ReadonlyArray<{ displayName: string; message: string }>;
  /** Why it is paused (throttled, waiting for activation). */
  pausedReason?: string | null;
  /** An Enable Auto check night: how many users' states the weekly check against Microsoft's units corrected. */
  protectionCheck?: { corrected: number } | null;
  updatedAt?: string;
}

const maxFailures = 10;
const workloadNames = { mailboxes: "Mailboxes", sharepoint: "SharePoint / OneDrive" } as const;
const titles: Record<ProgressStatus, [string, TextColor]> = {
  queued: ["Provisioning in progress", "accent"],
  running: ["Provisioning in progress", "accent"],
  done: ["Provisioning complete", "good"],
  doneWithErrors: ["Provisioning finished with errors", "warning"],
  paused: ["Provisioning paused", "warning"],
};

/** The one progress card per job: title, customer, bar, counts, a summary, failures, and Retry failed / open in the tab. */
export function buildProgressCard(progress: ProvisioningProgress, links: TabLinks): AdaptiveCard {
  const { counts } = progress;
  const total = counts.total ?? counts.protected + counts.pending + counts.failed;
  const percent = total === 0 ? 0 : Math.floor((counts.protected / total) * 100);
  const [title, color] = titles[progress.status];
  const body: CardObject[] = [
    heading(title, color),
    text(`${plain(progress.customerName)} · ${workloadNames[progress.workload]}`, { spacing: "none" }),
    progressBar([
      { count: counts.protected, style: "good" },
      { count: counts.failed, style: "attention" },
      { count: Math.max(counts.pending, total - counts.protected - counts.failed), style: "emphasis" },
    ]),
    text(`${counts.protected} of ${total} protected (${percent}%)`, { weight: "bolder", spacing: "small" }),
    facts([
      ["Protected", String(counts.protected)],
      ["Pending", String(counts.pending)],
      ["Failed", String(counts.failed)],
    ]),
  ];
  if (progress.pausedReason) body.push(text(plain(progress.pausedReason), { color: "warning" }));
  if (progress.protectionCheck) body.push(text(checkLine(progress.protectionCheck.corrected), { spacing: "small" }));
  body.push(...failureList(progress));
  if (progress.updatedAt) body.push(text(`Updated ${localDateTime(progress.updatedAt)}`, { subtle: true, size: "small" }));
  const actions: CardObject[] = [];
  const finished = progress.status === "done" || progress.status === "doneWithErrors";
  if (counts.failed > 0 && finished && progress.workload === "mailboxes") actions.push(execute("Retry failed", retryFailedData(progress.id, progress.customerId), "positive"));
  actions.push(openUrl("Open in Backup365", links.customer(progress.customerId, progress.workload)));
  return adaptiveCard(body, actions, `${title}: ${progress.customerName}, ${counts.protected} of ${total} protected`);
}

/** "Weekly check with Microsoft 365 Backup: 3 users corrected." */
function checkLine(corrected: number): string {
  const found = corrected === 0 ? "every user's state agreed" : `${corrected} user${corrected === 1 ? "" : "s"} corrected`;
  return `Weekly check with Microsoft 365 Backup: ${found}.`;
}

function failureList(progress: ProvisioningProgress): CardObject[] {
  if (progress.failures.length === 0) return [];
  const more = Math.max(progress.counts.failed, progress.failures.length) - maxFailures;
  return [
    text("Failed", { weight: "bolder", separator: true }),
    ...progress.failures.slice(0, maxFailures).map((f) => text(`${plain(f.displayName)}: ${plain(f.message)}`, { spacing: "small", size: "small" })),
    ...(more > 0 ? [text(`and ${more} more`, { subtle: true, spacing: "small", size: "small" })] : []),
  ];
}
