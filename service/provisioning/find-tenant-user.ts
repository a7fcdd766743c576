import { AppError } from "../domain/app-error.js";
import { assertAllowed, type Staff } from "../domain/staff.js";
import type { StoredUser } from "../ports/tenant-user-store.port.js";
import type { ProvisioningDeps } from "./deps.js";
import { requireConnected } from "./require-connected.js";
import { syncTenantUsers } from "./sync-tenant-users.js";

const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * One user of a connected customer's tenant, by object ID, UPN or email (any case), as chat names them.
 * Reads our synced copy (syncing first if the tenant was never read); 404 USERS.UNKNOWN when nobody fits.
 */
export async function findTenantUser(
  deps: Pick<ProvisioningDeps, "customers" | "tenantUsers" | "directory" | "clock">,
  staff: Staff,
  customerId: string,
  user: string,
): Promise<StoredUser> {
  assertAllowed(staff, "view");
  const customer = await requireConnected(deps.customers, staff, customerId);
  const wanted = user.trim().toLowerCase();
  if ((await deps.tenantUsers.getDeltaLink(customer.tenantId)).deltaLink === null) await syncTenantUsers(deps, customer.tenantId);
  if (guid.test(wanted)) {
    const [found] = await deps.tenantUsers.get(customer.tenantId, [wanted]);
    if (found) return found;
  } else {
    for await (const page of deps.tenantUsers.scan(customer.tenantId)) {
      const found = page.find((u) => u.userPrincipalName.toLowerCase() === wanted || u.mail?.toLowerCase() === wanted);
      if (found) return found;
    }
  }
  throw new AppError("USERS.UNKNOWN", `Nobody called ${user} is in ${customer.name}'s tenant. Check the email address, or pick the user in the tab.`, { status: 404 });
}
