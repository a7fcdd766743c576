import { jobWorkloads, type Job } from "../service/index.js";
import { campaignMsp } from "./scene.js";
import type { CampaignStack } from "./stack.js";

/** Counter keys of the bulk-addition POSTs, per workload (devtenant counts faulted ones apart). */
export const bulkRoutes: Record<string, string> = {
  exchange: "POST /v1.0/solutions/backupRestore/exchangeProtectionPolicies/:id/mailboxProtectionUnitsBulkAdditionJobs",
  sharePoint: "POST /v1.0/solutions/backupRestore/sharePointProtectionPolicies/:id/siteProtectionUnitsBulkAdditionJobs",
  oneDriveForBusiness: "POST /v1.0/solutions/backupRestore/oneDriveForBusinessProtectionPolicies/:id/driveProtectionUnitsBulkAdditionJobs",
};

/** What one finished job left, checked against devtenant's Backup state and the product's own storage. */
export interface JobCheck {
  ok: boolean;
  problems: string[];
  /** Resources the job meant to protect (its targets). */
  targets: number;
  /** Protection units in devtenant's policies (each resource at most once there). */
  units: number;
  /** Targets that do not end `protected` in devtenant, or whose job lost them. */
  lost: number;
  /** Attempts to add a resource that was already in the policy, plus bulk jobs beyond one per policy. */
  duplicated: number;
  bulkJobs: number;
}

/**
 * A job "holds" when: it is `done` with every target protected; each workload has exactly one policy whose units
 * equal the job's targets for it, all `protected`; no resource was added twice (`duplicateUnitAdds`); exactly one
 * bulk job per policy exists in devtenant (and, when `bulkPosts` is given, one bulk POST per workload was answered
 * since the job started: fault-free runs only, as a delayed POST is counted as faulted yet still creates a job); and
 * the customer has this one job of its kind. `expected` (per workload), when known, is what the tenant holds.
 */
export async function checkJob(stack: CampaignStack, customerId: string, tenantId: string, job: Job, bulkPosts: Record<string, number> | null, expected: Record<string, number> = {}): Promise<JobCheck> {
  const problems: string[] = [];
  const backup = await stack.admin.backupSummary(tenantId);
  const workloads = jobWorkloads(job);
  const targetsOf = (w: string): number => (job.workloads ? job.workloads[w as "sharePoint" | "oneDriveForBusiness"].total : job.counts.total);
  let units = 0;
  let lost = 0;
  let bulkJobs = 0;
  let duplicated = Number(backup.duplicateUnitAdds ?? 0);
  if (job.status !== "done") problems.push(`job ${job.status}${job.pausedReason ? `: ${job.pausedReason}` : ""}`);
  if (job.counts.protected !== job.counts.total) problems.push(`job counts ${JSON.stringify(job.counts)}`);
  for (const w of workloads) {
    const policies = backup.policies.filter((p: { workload: string }) => p.workload === w);
    if (policies.length !== 1) problems.push(`${policies.length} ${w} policies`);
    const policy = policies[0] ?? { units: 0, byStatus: {} };
    const protectedUnits = Number(policy.byStatus?.protected ?? 0);
    units += policy.units;
    lost += Math.max(0, targetsOf(w) - protectedUnits);
    if (policy.units !== targetsOf(w)) problems.push(`${w}: ${policy.units} units for ${targetsOf(w)} targets`);
    if (expected[w] !== undefined && targetsOf(w) !== expected[w]) (problems.push(`${w}: ${targetsOf(w)} targets, tenant has ${expected[w]}`), (lost += Math.max(0, expected[w]! - targetsOf(w))));
    if (bulkPosts) {
      const posts = bulkPosts[w] ?? 0;
      if (posts !== 1) problems.push(`${w}: ${posts} bulk-job POSTs answered`);
    }
  }
  bulkJobs = Number(backup.jobs ?? 0);
  if (bulkJobs !== workloads.length) problems.push(`${bulkJobs} bulk jobs in devtenant for ${workloads.length} policies`);
  duplicated += Math.max(0, bulkJobs - workloads.length);
  if (duplicated > 0) problems.push(`${backup.duplicateUnitAdds} duplicate unit adds`);
  const siblings = (await stack.instance.deps.jobs.list(campaignMsp, customerId, { limit: 50 })).filter((j) => j.kind === job.kind && j.requestedAt >= job.requestedAt && j.id !== job.id);
  if (siblings.length > 0) problems.push(`${siblings.length} more ${job.kind} jobs for the same request`);
  return { ok: problems.length === 0, problems, targets: job.counts.total, units, lost, duplicated, bulkJobs };
}

/** Successful bulk-addition POSTs per workload in a counters snapshot. */
export function bulkPostsOf(counters: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(bulkRoutes).map(([w, key]) => [w, counters[key] ?? 0]));
}

/** Graph requests (every `/v1.0/` key, faulted ones included) in a counters snapshot. */
export function graphRequests(counters: Record<string, number>): number {
  return Object.entries(counters).filter(([k]) => k.includes(" /v1.0/")).reduce((n, [, v]) => n + v, 0);
}

/** What the tenant holds per workload: every user for All; every generated site for SharePoint. */
export async function tenantExpectation(stack: CampaignStack, tenantId: string, kind: "all" | "provision"): Promise<Record<string, number>> {
  if (kind === "all") {
    const { tenants } = (await (await fetch(`${stack.devtenantUrl}/_devtenant/tenants`)).json()) as { tenants: Array<{ tenantId: string; userCount: number }> };
    const tenant = tenants.find((t) => t.tenantId === tenantId);
    return tenant ? { exchange: tenant.userCount } : {};
  }
  const sites = (await (await fetch(`${stack.devtenantUrl}/_devtenant/backup/${tenantId}/sites?top=1`)).json()) as { total: number };
  return { sharePoint: sites.total };
}
