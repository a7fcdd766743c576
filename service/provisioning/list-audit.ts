import { assertAllowed, type Staff } from "../domain/staff.js";
import type { AuditEntry } from "../ports/audit-log.port.js";
import type { ProvisioningDeps } from "./deps.js";
import { requireCustomer } from "./require-customer.js";

/** The customer's audit trail, newest first: who saved, authorised, enabled whom, and the outcome. */
export async function listAudit(deps: Pick<ProvisioningDeps, "customers" | "audit">, staff: Staff, customerId: string): Promise<AuditEntry[]> {
  assertAllowed(staff, "view");
  await requireCustomer(deps.customers, staff, customerId);
  return deps.audit.list(staff.mspTenantId, customerId, { limit: 100 });
}
