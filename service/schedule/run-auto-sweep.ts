import pLimit from "p-limit";
import { isAppError } from "../domain/app-error.js";
import type { Customer } from "../domain/customer.js";
import type { Staff } from "../domain/staff.js";
import type { LeaseStore } from "../ports/lease-store.port.js";
import type { ProvisioningDeps } from "../provisioning/deps.js";
import { enableUsers } from "../provisioning/enable-users.js";
import { updateCustomer } from "../provisioning/update-customer.js";
import { previousAutoRun, runKey } from "./auto-schedule.js";
import { nightUnitsRead } from "./check-night.js";

/** Customers whose night job is being started at once (each is a handful of storage writes). */
const fanOutConcurrency = 8;

/** What a sweep tick did. */
export interface SweepResult {
  run: string;
  ran: boolean;
  customers: number;
}

/**
 * The nightly Enable Auto sweep, called on every instance every tick and at start-up (so a run missed while
 * the server was down happens at the next start). The latest scheduled 20:00 Sydney run is claimed with a lease:
 * one instance fans out, the others do nothing. Each customer with Enable Auto on since before that run gets an
 * All job (delta sync: users created since the last run, plus anyone still off) through the same queue as All;
 * `lastAutoRunAt` marks it done, so a sweep taken over after a crash skips customers already started. The job trusts
 * Microsoft's bulk jobs, except on the customer's weekly check night (check-night.ts), when it checks every unit.
 */
export async function runAutoSweep(deps: ProvisioningDeps & { leases: LeaseStore }, holder: string, options: { leaseMs?: number } = {}): Promise<SweepResult> {
  const now = deps.clock.now();
  const due = previousAutoRun(now);
  const name = `auto-${runKey(due)}`;
  if (!(await deps.leases.acquire(name, holder, now.getTime() + (options.leaseMs ?? 5 * 60_000), now.getTime()))) return { run: name, ran: false, customers: 0 };
  const limit = pLimit(fanOutConcurrency);
  const dueMs = due.getTime();
  const started = await Promise.all(
    (await deps.customers.listAutoEnabled())
      .filter((c) => c.autoEnabledAt && Date.parse(c.autoEnabledAt) <= dueMs && !(c.lastAutoRunAt && Date.parse(c.lastAutoRunAt) >= dueMs))
      .map((customer) => limit(() => startNight(deps, customer, due))),
  );
  const customers = started.filter(Boolean).length;
  await deps.leases.complete(name, holder);
  return { run: name, ran: true, customers };
}

/** One customer's night: an All job (or the running one joined), then the customer marked as done for this run. */
async function startNight(deps: ProvisioningDeps, customer: Customer, due: Date): Promise<boolean> {
  const system: Staff = { mspTenantId: customer.mspTenantId, oid: "enable-auto", name: "Enable Auto", userPrincipalName: "", role: "operator" };
  let job;
  try {
    ({ job } = await enableUsers(deps, system, customer.id, { all: true }, { read: customer, unitsRead: nightUnitsRead(customer.id, due) }));
  } catch (error) {
    if (!isAppError(error)) throw error;
    return false; // e.g. no longer authorised: nothing to enable; the customer page says why
  }
  await updateCustomer(deps, customer.mspTenantId, customer.id, (fresh) => ({ ...fresh, lastAutoRunAt: due.toISOString(), lastAutoRunJobId: job.id }), customer);
  return true;
}
