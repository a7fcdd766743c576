import type { Job } from "../domain/job.js";
import type { ReportingOptions, ReportTally } from "../domain/reporting.js";
import { assertAllowed, type Staff } from "../domain/staff.js";
import type { ProvisioningDeps } from "./deps.js";
import { requireCustomer } from "./require-customer.js";

/** The SharePoint / OneDrive panel: the newest provisioning job with its report tally, and the options last used. */
export async function getSharePointStatus(
  deps: Pick<ProvisioningDeps, "customers" | "jobs" | "reports">,
  staff: Staff,
  customerId: string,
): Promise<{ job: Job | null; reports: ReportTally | null; lastOptions: ReportingOptions | null }> {
  assertAllowed(staff, "view");
  await requireCustomer(deps.customers, staff, customerId);
  // By kind in storage: a year of nightly Enable Auto jobs must not push the last provisioning out of a newest-N list.
  const [job = null] = await deps.jobs.list(staff.mspTenantId, customerId, { kind: "provisionSites", limit: 1 });
  return { job, reports: job ? await tallyReports(deps, job) : null, lastOptions: job?.reporting ?? null };
}

/** Report emails of a provisioning job: sent, failed (still retrying or given up), and the last failure's reason. */
export async function tallyReports(deps: Pick<ProvisioningDeps, "reports">, job: Job): Promise<ReportTally | null> {
  if (job.kind !== "provisionSites") return null;
  const reports = await deps.reports.list(job.id);
  const failing = reports.filter((r) => r.status !== "sent" && r.lastError);
  return {
    sent: reports.filter((r) => r.status === "sent").length,
    failed: failing.length,
    lastError: failing.at(-1)?.lastError ?? null,
  };
}
