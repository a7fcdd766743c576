import type { Logger } from "pino";
import { createReportNotifier, sendDueReports, type ProgressNotifier } from "../service/index.js";
import type { AppServices } from "./compose.js";

/** The report emails' two halves: the notifier that records them, and the loop that sends them. */
export interface ReportSender {
  notifier: ProgressNotifier;
  /** Sends what is due now (also ticked every `reportTickSeconds`); never throws. */
  kick(): void;
  stop(): Promise<void>;
}

/**
 * Wires report emails: recorded from job progress (intent first), sent from the MSP's mailbox (or the requesting
 * staff member's) with retries and backoff on every instance; a failing mail service never slows a job.
 */
export function startReportSender(services: AppServices, log: Logger): ReportSender {
  const { config, deps } = services;
  let running: Promise<void> | null = null;
  let again = false;
  const send = (): void => {
    if (running) {
      again = true;
      return;
    }
    running = sendDueReports({ reports: deps.reports, mail: services.mail, clock: deps.clock }, { retryBaseMs: config.reportRetrySeconds * 1000 })
      .then((result) => {
        if (result.failed > 0) log.warn(result, "report emails failed; they will be retried");
      })
      .catch((error: unknown) => log.warn({ err: error }, "report sender could not run"))
      .finally(() => {
        running = null;
        if (again) {
          again = false;
          send();
        }
      });
  };
  const notifier = createReportNotifier({
    reports: deps.reports,
    clock: deps.clock,
    cadence: { minIntervalMs: config.reportMinIntervalSeconds * 1000, dailyMs: config.reportDailySeconds * 1000 },
    senderFor: (job) => config.reportSenders[job.mspTenantId] ?? job.requestedByOid,
    linkFor: (job) => new URL(`/#/customers/${encodeURIComponent(job.customerId)}/sharepoint`, config.publicBaseUrl).toString(),
    onRecorded: send,
  });
  const timer = setInterval(send, config.reportTickSeconds * 1000);
  timer.unref();
  return {
    notifier,
    kick: send,
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
