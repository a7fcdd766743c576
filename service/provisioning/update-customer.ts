import { isAppError } from "../domain/app-error.js";
import type { Customer } from "../domain/customer.js";
import type { ProvisioningDeps } from "./deps.js";

/**
 * Reads the customer, applies `change`, writes it with the ETag read; on a conflict (another writer in between) reads
 * and applies again, a few times. `change` returns null to leave the customer as it is. Returns the customer written.
 * `read`: the customer as the caller just read it (with its ETag), tried first without reading again.
 */
export async function updateCustomer(
  deps: Pick<ProvisioningDeps, "customers">,
  mspTenantId: string,
  customerId: string,
  change: (customer: Customer) => Customer | null,
  read?: Customer,
): Promise<Customer | null> {
  for (let attempt = 1; ; attempt++) {
    const customer = attempt === 1 && read?.etag ? read : await deps.customers.get(mspTenantId, customerId);
    const next = customer ? change(customer) : null;
    if (!next) return null;
    try {
      return await deps.customers.update(next);
    } catch (error) {
      if (attempt >= 5 || !isAppError(error) || error.code !== "STORE.CONFLICT") throw error;
    }
  }
}
