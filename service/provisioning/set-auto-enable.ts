import type { Customer } from "../domain/customer.js";
import { assertAllowed, type Staff } from "../domain/staff.js";
import type { ProvisioningDeps } from "./deps.js";
import { requireConnected } from "./require-connected.js";
import { updateCustomer } from "./update-customer.js";

/** Enable Auto on or off for a connected customer (admins and operators). Idempotent; audited. */
export async function setAutoEnable(deps: Pick<ProvisioningDeps, "customers" | "audit" | "clock">, staff: Staff, customerId: string, on: boolean): Promise<Customer> {
  assertAllowed(staff, "enableUsers");
  const customer = await requireConnected(deps.customers, staff, customerId);
  if (customer.autoEnable === on) return customer;
  const now = deps.clock.now().toISOString();
  // A job may be writing the customer's remembered set-up at the same moment: the toggle is absolute, so re-apply it.
  const saved = (await updateCustomer(deps, staff.mspTenantId, customerId, (fresh) => (fresh.autoEnable === on ? null : { ...fresh, autoEnable: on, autoEnabledAt: on ? now : null }))) ?? { ...customer, autoEnable: on };
  await deps.audit.append({ mspTenantId: staff.mspTenantId, customerId, at: now, actorOid: staff.oid, actorName: staff.name, action: on ? "auto.on" : "auto.off", outcome: "succeeded", detail: "Enable Auto" });
  return saved;
}
