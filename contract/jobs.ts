import { z } from "zod";

/** Enable: every user not yet protected (All), or the users staff ticked. */
export const EnableUsersRequest = z.union([
  z.object({ all: z.literal(true) }).strict(),
  z.object({ userIds: z.array(z.string().trim().min(1).max(64)).min(1, "Select at least one user.").max(1000, "Select at most 1,000 users at once, or use All.") }).strict(),
]);
export type EnableUsersRequest = z.infer<typeof EnableUsersRequest>;

/** Where a job stands. `paused`: retries ran out on a Microsoft fault; staff resume it. */
export const JobStatus = z.enum(["queued", "running", "paused", "done", "doneWithErrors"]);
export type JobStatus = z.infer<typeof JobStatus>;

export const JobCounts = z.object({
  total: z.number().int(),
  protected: z.number().int(),
  pending: z.number().int(),
  failed: z.number().int(),
});
export type JobCounts = z.infer<typeof JobCounts>;

/** The Microsoft 365 Backup workloads: mailboxes, OneDrive drives, SharePoint sites. */
export const Workload = z.enum(["exchange", "oneDriveForBusiness", "sharePoint"]);
export type Workload = z.infer<typeof Workload>;

/** One resource that could not be protected: a user's mailbox or drive (`userId` is the user), or a site (`userId` is the site id). */
export const JobFailure = z.object({ userId: z.string(), displayName: z.string(), message: z.string(), workload: Workload.optional() });
export type JobFailure = z.infer<typeof JobFailure>;

/** One provisioning job as staff follow it: progress counts, failures with reasons, who asked and when. */
export const Job = z.object({
  id: z.string(),
  customerId: z.string(),
  /** enableMailboxes: the Mailboxes page (individual, selected, All, Enable Auto); provisionSites: SharePoint / OneDrive. */
  kind: z.enum(["enableMailboxes", "provisionSites"]),
  selection: z.enum(["all", "some"]),
  status: JobStatus,
  step: z.string(),
  requestedBy: z.string(),
  requestedAt: z.string(),
  finishedAt: z.string().nullable(),
  counts: JobCounts,
  failures: z.array(JobFailure),
  pausedReason: z.string().nullable(),
  /** provisionSites: the counts per workload (sites found / drives found, protected, pending, failed); `counts` is their sum. */
  workloads: z.object({ sharePoint: JobCounts, oneDriveForBusiness: JobCounts }).nullable(),
  /** provisionSites: report emails sent and failed (a failed send is retried; it never blocks provisioning). */
  reports: z.object({ sent: z.number().int(), failed: z.number().int(), lastError: z.string().nullable() }).nullable(),
  /** An Enable Auto check night: how many users' states the weekly check against Microsoft's units corrected. */
  protectionCheck: z.object({ corrected: z.number().int().nonnegative() }).nullable().optional(),
});
export type Job = z.infer<typeof Job>;

/** The answer to Enable: the job, and whether it joined one already running (a second All). */
export const EnableUsersResponse = z.object({ job: Job, joined: z.boolean() });
export type EnableUsersResponse = z.infer<typeof EnableUsersResponse>;

export const ListJobsResponse = z.object({ jobs: z.array(Job) });
export type ListJobsResponse = z.infer<typeof ListJobsResponse>;

/** The counts at the top of the user list. */
export const ProtectionSummary = z.object({
  totalUsers: z.number().int(),
  protected: z.number().int(),
  pending: z.number().int(),
  failed: z.number().int(),
  off: z.number().int(),
  lastSyncAt: z.string().nullable(),
});
export type ProtectionSummary = z.infer<typeof ProtectionSummary>;

export const AuditEntry = z.object({ at: z.string(), actorName: z.string(), action: z.string(), outcome: z.enum(["succeeded", "failed"]), detail: z.string() });
export const ListAuditResponse = z.object({ entries: z.array(AuditEntry) });
export type ListAuditResponse = z.infer<typeof ListAuditResponse>;
