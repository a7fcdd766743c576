import type { Customer } from "../domain/customer.js";
import { assertAllowed, type Staff } from "../domain/staff.js";
import type { ProvisioningDeps } from "./deps.js";

/** The caller's MSP's customers, by name. */
export async function listCustomers(deps: Pick<ProvisioningDeps, "customers">, staff: Staff): Promise<Customer[]> {
  assertAllowed(staff, "view");
  return deps.customers.list(staff.mspTenantId);
}
