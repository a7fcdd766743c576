import type { Customer } from "../domain/customer.js";
import { assertAllowed, type Staff } from "../domain/staff.js";
import type { ProvisioningDeps } from "./deps.js";
import { requireCustomer } from "./require-customer.js";

/** One customer of the caller's MSP. */
export async function getCustomer(deps: Pick<ProvisioningDeps, "customers">, staff: Staff, customerId: string): Promise<Customer> {
  assertAllowed(staff, "view");
  return requireCustomer(deps.customers, staff, customerId);
}
