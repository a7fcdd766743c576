import { AppError } from "../domain/app-error.js";
import { canChangeTenant, type Customer } from "../domain/customer.js";
import { assertAllowed, type Staff } from "../domain/staff.js";
import { parseTenantInput } from "../domain/tenant-input.js";
import type { ProvisioningDeps } from "./deps.js";
import { requireCustomer } from "./require-customer.js";

/**
 * Save: staff enter the customer's Office 365 tenant (GUID or domain). Microsoft confirms the tenant
 * exists and gives its GUID before anything is written; the customer is then ready to Authorise.
 */
export async function saveTenant(
  deps: Pick<ProvisioningDeps, "customers" | "tenants" | "audit" | "clock">,
  staff: Staff,
  customerId: string,
  rawTenant: string,
): Promise<Customer> {
  assertAllowed(staff, "changeTenant");
  const customer = await requireCustomer(deps.customers, staff, customerId);
  if (!canChangeTenant(customer)) {
    const why = customer.origin === "manageProtect" ? "its tenant is on file from Manage Protect" : "it is already authorised";
    throw new AppError("TENANT.LOCKED", `The tenant of ${customer.name} cannot be changed: ${why}.`, { status: 409, field: "tenant" });
  }
  const input = parseTenantInput(rawTenant);
  const { tenantId } = await deps.tenants.resolve(input.kind === "id" ? input.tenantId : input.domain);
  const owner = (await deps.customers.list(staff.mspTenantId)).find((c) => c.tenantId === tenantId && c.id !== customer.id);
  if (owner) {
    throw new AppError("TENANT.IN_USE", `That tenant already belongs to your customer ${owner.name}.`, { status: 409, field: "tenant" });
  }
  const saved = await deps.customers.update({
    ...customer,
    tenantId,
    tenantDomain: input.kind === "domain" ? input.domain : null,
    tenantDisplayName: null,
    connection: "saved",
    lastConsentError: null,
    activePolicyIds: tenantId === customer.tenantId ? customer.activePolicyIds : {},
  });
  await deps.audit.append({
    mspTenantId: staff.mspTenantId,
    customerId,
    at: deps.clock.now().toISOString(),
    actorOid: staff.oid,
    actorName: staff.name,
    action: "tenant.saved",
    outcome: "succeeded",
    detail: `Tenant ${tenantId}${input.kind === "domain" ? ` (${input.domain})` : ""}`,
  });
  return saved;
}
