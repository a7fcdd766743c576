import { assertAllowed, type Staff } from "../domain/staff.js";
import type { ProvisioningDeps } from "./deps.js";
import { requireConnected } from "./require-connected.js";

/** The counts at the top of the user list, from our synced copy of the tenant's users. */
export async function getProtectionSummary(deps: Pick<ProvisioningDeps, "customers" | "tenantUsers">, staff: Staff, customerId: string) {
  assertAllowed(staff, "view");
  const customer = await requireConnected(deps.customers, staff, customerId);
  const summary = { totalUsers: 0, protected: 0, pending: 0, failed: 0, off: 0, lastSyncAt: (await deps.tenantUsers.getDeltaLink(customer.tenantId)).syncedAt };
  for await (const page of deps.tenantUsers.scan(customer.tenantId)) {
    for (const user of page) {
      summary.totalUsers++;
      summary[user.backup === "requested" ? "pending" : user.backup]++;
    }
  }
  return summary;
}
