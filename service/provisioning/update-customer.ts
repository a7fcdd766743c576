import { isAppError } from "../domain/app-error.js";
import type { Customer } from "../domain/customer.js";
import type { ProvisioningDeps } from "./deps.js";

/**
 * Reads the customer, applies `change`, writes it with the ETag read; on a conflict (another writer in between) reads
 * and applies again, a few times. `change` returns null to leave the customer as it is. Returns the customer written.
 */
export async function updateCustomer(deps: Pick<ProvisioningDeps, "customers">, mspTenantId: string, customerId: string, change: (customer: Customer) => Customer | null): Promise<Customer | null> {
  for (let attempt = 1; ; attempt++) {
    const customer = await deps.customers.get(mspTenantId, customerId);
    const next = customer ? change(customer) : null;
    if (!next) return null;
    try {
      return await deps.customers.update(next);
    } catch (error) {
      if (attempt >= 5 || !isAppError(error) || error.code !== "STORE.CONFLICT") throw error;
    }
  }
}
