import type { Job } from "../domain/job.js";
import type { ReportingOptions } from "../domain/reporting.js";
import { assertAllowed, type Staff } from "../domain/staff.js";
import type { ProvisioningDeps } from "./deps.js";
import { requireConnected } from "./require-connected.js";
import { startJob } from "./start-job.js";

/**
 * Provision (SharePoint / OneDrive): records a job to protect every site and every user's OneDrive, with the
 * reporting options, and queues it. No new sign-in: the job runs on app-only tokens from Authorise. Pressing
 * Provision while one runs joins it (its reporting options stay as first chosen).
 */
export async function provisionSites(deps: ProvisioningDeps, staff: Staff, customerId: string, reporting: ReportingOptions): Promise<{ job: Job; joined: boolean }> {
  assertAllowed(staff, "provisionSites");
  const customer = await requireConnected(deps.customers, staff, customerId);
  const running = (await deps.jobs.listActive(staff.mspTenantId, customerId)).find((j) => j.kind === "provisionSites");
  if (running) return { job: running, joined: true };
  const job = await startJob(deps, staff, customer, {
    kind: "provisionSites",
    selection: "all",
    step: "sync",
    total: 0,
    reporting,
    audit: { action: "sites.provision", detail: `SharePoint and OneDrive; reports to ${reporting.emails.join(", ")}` },
  });
  return { job, joined: false };
}
