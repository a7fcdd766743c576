import type { Customer } from "../../domain/customer.js";
import { jobWorkloads, type Job } from "../../domain/job.js";
import type { ProvisioningDeps } from "../deps.js";
import { updateCustomer } from "../update-customer.js";

type SetupDeps = Pick<ProvisioningDeps, "customers">;

/**
 * The set-up a new job can take from the customer: the active policy of every workload it needs, or nothing. With it
 * the job skips the service and policy reads (a nightly Enable Auto costs the delta and the bulk job, not the set-up).
 */
export function knownSetup(customer: Pick<Customer, "activePolicyIds">, job: Pick<Job, "kind">): Pick<Job, "policyIds" | "knownSetup"> {
  const policyIds: Job["policyIds"] = {};
  for (const workload of jobWorkloads(job)) {
    const id = customer.activePolicyIds?.[workload];
    if (!id) return { policyIds: {}, knownSetup: false };
    policyIds[workload] = id;
  }
  return { policyIds, knownSetup: true };
}

/** After a job activated its policies: remember them on the customer (a cache: a lost race only costs a read later). */
export async function rememberSetup(deps: SetupDeps, job: Job): Promise<void> {
  await changeCustomer(deps, job, (ids) => ({ ...ids, ...job.policyIds }));
}

/** Microsoft no longer has a remembered policy (deleted in the admin centre): forget the job's, so it sets up again. */
export async function forgetSetup(deps: SetupDeps, job: Job): Promise<void> {
  await changeCustomer(deps, job, (ids) => {
    const left = { ...ids };
    for (const workload of jobWorkloads(job)) delete left[workload];
    return left;
  });
}

async function changeCustomer(deps: SetupDeps, job: Job, change: (ids: Customer["activePolicyIds"]) => Customer["activePolicyIds"]): Promise<void> {
  await updateCustomer(deps, job.mspTenantId, job.customerId, (customer) => {
    if (customer.tenantId !== job.tenantId) return null;
    const next = change(customer.activePolicyIds ?? {});
    return JSON.stringify(next) === JSON.stringify(customer.activePolicyIds ?? {}) ? null : { ...customer, activePolicyIds: next };
  });
}
