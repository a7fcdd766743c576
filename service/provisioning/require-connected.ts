import { AppError } from "../domain/app-error.js";
import type { Customer } from "../domain/customer.js";
import type { Staff } from "../domain/staff.js";
import type { CustomerStore } from "../ports/customer-store.port.js";
import { requireCustomer } from "./require-customer.js";

/** A customer of the caller's MSP whose tenant's admin has authorised us (409 otherwise, saying so). */
export async function requireConnected(customers: CustomerStore, staff: Pick<Staff, "mspTenantId">, customerId: string): Promise<Customer & { tenantId: string }> {
  return assertConnected(await requireCustomer(customers, staff, customerId));
}

/** The customer, if its tenant's admin has authorised us (409 otherwise, saying so). */
export function assertConnected(customer: Customer): Customer & { tenantId: string } {
  if (customer.connection !== "connected" || !customer.tenantId) {
    throw new AppError("CUSTOMER.NOT_AUTHORISED", `Authorise ${customer.name} first: its users can be listed and enabled once the tenant's admin has accepted.`, { status: 409 });
  }
  return customer as Customer & { tenantId: string };
}
