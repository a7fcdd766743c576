import { AppError } from "../domain/app-error.js";
import type { Customer } from "../domain/customer.js";
import type { Staff } from "../domain/staff.js";
import type { CustomerStore } from "../ports/customer-store.port.js";

/** Loads a customer of the caller's own MSP; another MSP's customer is as absent as a missing one (404). */
export async function requireCustomer(customers: CustomerStore, staff: Pick<Staff, "mspTenantId">, customerId: string): Promise<Customer> {
  const customer = await customers.get(staff.mspTenantId, customerId);
  if (!customer) throw new AppError("CUSTOMER.NOT_FOUND", "That customer does not exist, or is not one of your MSP's customers.", { status: 404 });
  return customer;
}
