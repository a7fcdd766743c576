import { AppError } from "../domain/app-error.js";
import type { Customer } from "../domain/customer.js";
import { type Job, type UnitsRead } from "../domain/job.js";
import { assertAllowed, type Staff } from "../domain/staff.js";
import type { ProvisioningDeps } from "./deps.js";
import { assertConnected, requireConnected } from "./require-connected.js";
import { newJobId, startJob } from "./start-job.js";
import { syncTenantUsers } from "./sync-tenant-users.js";

/** Enable: All (every user not yet protected) or the users staff selected. */
export type EnableSelection = { all: true } | { userIds: string[] };

/** What the nightly sweep adds: the customer it just listed (not read again), and how its job confirms (`Job.unitsRead`). */
export interface EnableOptions {
  read?: Customer;
  unitsRead?: UnitsRead;
}

/**
 * Records an enable job (its intent: customer, selection, who) and queues it; nothing calls Microsoft 365
 * Backup until the job is safely stored. A second All while one is unfinished joins it.
 */
export async function enableUsers(deps: ProvisioningDeps, staff: Staff, customerId: string, selection: EnableSelection, options: EnableOptions = {}): Promise<{ job: Job; joined: boolean }> {
  assertAllowed(staff, "enableUsers");
  const { read, unitsRead } = options;
  const known = read && read.mspTenantId === staff.mspTenantId && read.id === customerId ? read : null;
  const customer = known ? assertConnected(known) : await requireConnected(deps.customers, staff, customerId);
  if ("all" in selection) {
    const running = (await deps.jobs.listActive(staff.mspTenantId, customerId)).find((j) => j.selection === "all");
    if (running) return { job: running, joined: true };
  }
  const id = newJobId();
  let total = 0;
  if ("userIds" in selection) {
    const ids = [...new Set(selection.userIds.map((u) => u.toLowerCase()))];
    if ((await deps.tenantUsers.getDeltaLink(customer.tenantId)).deltaLink === null) await syncTenantUsers(deps, customer.tenantId);
    const known = new Set((await deps.tenantUsers.get(customer.tenantId, ids)).map((u) => u.id));
    const unknown = ids.filter((u) => !known.has(u));
    if (unknown.length > 0) {
      throw new AppError("USERS.UNKNOWN", `${unknown.length} of the selected users are not in ${customer.name}'s tenant (${unknown.slice(0, 3).join(", ")}${unknown.length > 3 ? ", …" : ""}). Reload the list and select again.`, {
        status: 400,
        field: "userIds",
      });
    }
    await deps.jobs.writeTargets(id, ids);
    total = ids.length;
  }
  const job = await startJob(
    deps,
    staff,
    customer,
    {
      kind: "enableMailboxes",
      selection: "all" in selection ? "all" : "some",
      step: "all" in selection ? "sync" : "service",
      total,
      ...(unitsRead ? { unitsRead } : {}),
      audit: { action: "users.enable", detail: "all" in selection ? "All users" : `${total} selected user${total === 1 ? "" : "s"}` },
    },
    id,
  );
  return { job, joined: false };
}
