import { randomBytes } from "node:crypto";
import { isActive, type Job } from "../domain/job.js";
import type { ReportingOptions } from "../domain/reporting.js";
import { assertAllowed, type Staff } from "../domain/staff.js";
import type { ProvisioningDeps } from "./deps.js";
import { requireConnected } from "./require-connected.js";

/**
 * Provision (SharePoint / OneDrive): records a job to protect every site and every user's OneDrive, with the
 * reporting options, and queues it. No new sign-in: the job runs on app-only tokens from Authorise. Pressing
 * Provision while one runs joins it (its reporting options stay as first chosen).
 */
export async function provisionSites(deps: ProvisioningDeps, staff: Staff, customerId: string, reporting: ReportingOptions): Promise<{ job: Job; joined: boolean }> {
  assertAllowed(staff, "provisionSites");
  const customer = await requireConnected(deps.customers, staff, customerId);
  const running = (await deps.jobs.list(staff.mspTenantId, customerId)).find((j) => j.kind === "provisionSites" && isActive(j));
  if (running) return { job: running, joined: true };
  const now = deps.clock.now().toISOString();
  const id = `${Date.now().toString(36)}${randomBytes(4).toString("hex")}`;
  const job = await deps.jobs.create({
    mspTenantId: staff.mspTenantId,
    customerId,
    id,
    kind: "provisionSites",
    selection: "all",
    status: "queued",
    step: "sync",
    requestedByOid: staff.oid,
    requestedBy: staff.name,
    requestedAt: now,
    updatedAt: now,
    finishedAt: null,
    tenantId: customer.tenantId,
    policyIds: {},
    counts: { total: 0, protected: 0, pending: 0, failed: 0 },
    failures: [],
    pausedReason: null,
    workloads: null,
    reporting: { reports: [...reporting.reports], cadence: reporting.cadence, emails: [...reporting.emails] },
  });
  await deps.queue.send({ mspTenantId: staff.mspTenantId, customerId, jobId: id });
  await deps.audit.append({
    mspTenantId: staff.mspTenantId,
    customerId,
    at: now,
    actorOid: staff.oid,
    actorName: staff.name,
    action: "sites.provision",
    outcome: "succeeded",
    detail: `SharePoint and OneDrive; reports to ${reporting.emails.join(", ")}`,
  });
  return { job, joined: false };
}
