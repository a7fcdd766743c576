/** What a report email says: the job started, moved, paused, saw failures, or finished. */
export type ReportEvent = "started" | "progress" | "failures" | "paused" | "completed";

/** A report email, stored (intent first) before it is sent; the sender retries it until sent or out of attempts. */
export interface ReportRecord {
  jobId: string;
  /** Unique per job and deterministic (`00-started`, `10-progress-003`, `99-completed`): two instances create it once. */
  key: string;
  mspTenantId: string;
  customerId: string;
  event: ReportEvent;
  /** The job's counts when the report was decided (what a later decision compares against). */
  fingerprint: string;
  /** Who sends it (a mailbox of the MSP tenant: UPN or user id) and to whom. */
  from: string;
  to: string[];
  subject: string;
  html: string;
  text: string;
  status: "pending" | "sending" | "sent" | "failed";
  attempts: number;
  lastError: string | null;
  createdAt: string;
  /** Not before this time (ms since epoch): backoff after a failure, or a stale `sending` claim. */
  nextAttemptAt: number;
  sentAt: string | null;
  etag?: string;
}

/** Report emails per job (partition = job id). */
export interface ReportStore {
  /** Creates the report unless one with its key exists; false when it already did. */
  add(report: ReportRecord): Promise<boolean>;
  list(jobId: string): Promise<ReportRecord[]>;
  /** Reports not sent yet whose time has come, across all jobs. */
  listDue(nowMs: number, limit: number): Promise<ReportRecord[]>;
  /** Replaces the report if it still carries its ETag; null when another instance changed it first. */
  update(report: ReportRecord): Promise<ReportRecord | null>;
}
