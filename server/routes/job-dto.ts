import type { Job as JobDto } from "../../contract/index.js";
import type { Job, ReportTally } from "../../service/index.js";

/** The contract's view of a job: storage and Microsoft details stay inside; `reports` for SharePoint / OneDrive jobs. */
export function toJobDto(job: Job, reports: ReportTally | null = null): JobDto {
  return {
    id: job.id,
    customerId: job.customerId,
    kind: job.kind,
    selection: job.selection,
    status: job.status,
    step: job.step,
    requestedBy: job.requestedBy,
    requestedAt: job.requestedAt,
    finishedAt: job.finishedAt,
    counts: job.counts,
    failures: job.failures,
    pausedReason: job.pausedReason,
    workloads: job.workloads,
    reports: job.kind === "provisionSites" ? (reports ?? { sent: 0, failed: 0, lastError: null }) : null,
    protectionCheck: job.driftCorrected === undefined ? null : { corrected: job.driftCorrected },
  };
}
