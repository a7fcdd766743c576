import { AppError } from "../domain/app-error.js";
import type { Job } from "../domain/job.js";
import { assertAllowed, type Staff } from "../domain/staff.js";
import type { ProvisioningDeps } from "./deps.js";
import { requireCustomer } from "./require-customer.js";

/** One job of one of the caller's customers (404 for anything else). */
export async function getJob(deps: Pick<ProvisioningDeps, "customers" | "jobs">, staff: Staff, customerId: string, jobId: string): Promise<Job> {
  assertAllowed(staff, "view");
  await requireCustomer(deps.customers, staff, customerId);
  const job = await deps.jobs.get(staff.mspTenantId, customerId, jobId);
  if (!job) throw new AppError("JOB.NOT_FOUND", "That job does not exist for this customer.", { status: 404 });
  return job;
}

/** The customer's jobs, newest first. */
export async function listJobs(deps: Pick<ProvisioningDeps, "customers" | "jobs">, staff: Staff, customerId: string): Promise<Job[]> {
  assertAllowed(staff, "view");
  await requireCustomer(deps.customers, staff, customerId);
  return deps.jobs.list(staff.mspTenantId, customerId, { limit: 20 });
}
