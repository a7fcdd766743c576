import type { Job } from "../domain/job.js";
import type { Clock } from "../ports/clock.port.js";
import type { ReportStore } from "../ports/report-store.port.js";
import { reportContent } from "./email/report-content.js";
import { renderReportHtml, renderReportText } from "./email/render-report.js";
import { planReports, reportFingerprint, type ReportCadenceSettings } from "./plan-report.js";
import type { ProgressNotifier } from "./progress-notifier.port.js";

/** What {@link createReportNotifier} needs. */
export interface ReportNotifierDeps {
  reports: ReportStore;
  clock: Clock;
  cadence: ReportCadenceSettings;
  /** The sending mailbox for a job (the MSP's configured one, else the staff member who pressed Provision). */
  senderFor(job: Job): string;
  /** The tab's page for a customer's SharePoint / OneDrive panel. */
  linkFor(job: Job): string;
  /** Told after new reports were recorded, so they go out now rather than at the next tick. */
  onRecorded?: () => void;
}

/**
 * The email side of the notifier fan-out: each job change is checked against the job's reporting options and the
 * reports already recorded; new ones are stored (content and all) before anything is sent, under keys that make
 * two instances record a report once. Sending is the report sender's job.
 */
export function createReportNotifier(deps: ReportNotifierDeps): ProgressNotifier {
  return {
    async jobChanged(job, customerName) {
      if (job.kind !== "provisionSites" || !job.reporting) return;
      const existing = await deps.reports.list(job.id);
      const now = deps.clock.now();
      let added = false;
      for (const planned of planReports(job, existing, now.getTime(), deps.cadence)) {
        const content = reportContent(planned.event, job, customerName, deps.linkFor(job));
        added =
          (await deps.reports.add({
            jobId: job.id,
            key: planned.key,
            mspTenantId: job.mspTenantId,
            customerId: job.customerId,
            event: planned.event,
            fingerprint: reportFingerprint(job),
            from: deps.senderFor(job),
            to: job.reporting.emails,
            subject: content.subject,
            html: renderReportHtml(content),
            text: renderReportText(content),
            status: "pending",
            attempts: 0,
            lastError: null,
            createdAt: now.toISOString(),
            nextAttemptAt: now.getTime(),
            sentAt: null,
          })) || added;
      }
      if (added) deps.onRecorded?.();
    },
  };
}
