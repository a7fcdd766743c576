import type { Customer } from "../domain/customer.js";

/** Customers of one MSP; writes carry the ETag they read, so concurrent edits cannot silently overwrite. */
export interface CustomerStore {
  list(mspTenantId: string): Promise<Customer[]>;
  get(mspTenantId: string, customerId: string): Promise<Customer | null>;
  /** Customers of every MSP with Enable Auto on (the nightly sweep). */
  listAutoEnabled(): Promise<Customer[]>;
  /** Creates the customer unless it exists (seeding is idempotent). */
  createIfAbsent(customer: Customer): Promise<void>;
  /** Replaces the customer if its ETag still matches; throws STORE.CONFLICT (409) otherwise. */
  update(customer: Customer): Promise<Customer>;
}
