import { isAppError } from "../domain/app-error.js";
import type { Clock } from "../ports/clock.port.js";
import type { MailPort } from "../ports/mail.port.js";
import type { ReportRecord, ReportStore } from "../ports/report-store.port.js";

/** Options for {@link sendDueReports}. */
export interface SendReportsOptions {
  /** Attempts before a report is given up on (status failed, shown to staff). */
  maxAttempts?: number;
  /** A `sending` claim older than this is taken to be a crashed sender's and tried again (at-least-once). */
  claimMs?: number;
  limit?: number;
  /** The first backoff (doubling per attempt, at most an hour). */
  retryBaseMs?: number;
}

/** The wait before attempt n+1: base (30 s), twice that, four times … capped at an hour. */
export function reportBackoffMs(attempts: number, baseMs = 30_000): number {
  return Math.min(baseMs * 2 ** Math.max(0, attempts - 1), 3_600_000);
}

/**
 * Sends the report emails whose time has come. Each is claimed first (ETag), so two instances never send the same
 * report at once; a failure is recorded with the reason and retried with backoff; it never touches the job.
 */
export async function sendDueReports(deps: { reports: ReportStore; mail: MailPort; clock: Clock }, options: SendReportsOptions = {}): Promise<{ sent: number; failed: number }> {
  const nowMs = deps.clock.now().getTime();
  const result = { sent: 0, failed: 0 };
  for (const due of await deps.reports.listDue(nowMs, options.limit ?? 50)) {
    const claimed = await deps.reports.update({ ...due, status: "sending", attempts: due.attempts + 1, nextAttemptAt: nowMs + (options.claimMs ?? 300_000) });
    if (!claimed) continue;
    try {
      await deps.mail.send(claimed.mspTenantId, { from: claimed.from, to: claimed.to, subject: claimed.subject, html: claimed.html, text: claimed.text });
      await deps.reports.update({ ...claimed, status: "sent", sentAt: deps.clock.now().toISOString(), lastError: null });
      result.sent++;
    } catch (error) {
      await deps.reports.update(failed(claimed, error, deps.clock.now().getTime(), options));
      result.failed++;
    }
  }
  return result;
}

function failed(report: ReportRecord, error: unknown, nowMs: number, options: SendReportsOptions): ReportRecord {
  const reason = isAppError(error) ? error.userMessage : "The mail service did not answer.";
  const last = report.attempts >= (options.maxAttempts ?? 8);
  const next = last ? Number.MAX_SAFE_INTEGER : nowMs + reportBackoffMs(report.attempts, options.retryBaseMs);
  return { ...report, status: last ? "failed" : "pending", lastError: reason, nextAttemptAt: next };
}
