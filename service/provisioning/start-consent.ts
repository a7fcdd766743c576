import { AppError } from "../domain/app-error.js";
import { assertAllowed, type Staff } from "../domain/staff.js";
import type { ProvisioningDeps } from "./deps.js";
import { requireCustomer } from "./require-customer.js";

export interface StartConsentOptions {
  /** How long the Authorise link stays usable; Microsoft's own sign-in pages time out in about 10 minutes. */
  ttlMs?: number;
}

/** Authorise, step 1: record a single-use consent attempt bound to the caller and return the popup's address. */
export async function startConsent(
  deps: Pick<ProvisioningDeps, "customers" | "consentStates" | "consentTokens" | "clock">,
  staff: Staff,
  customerId: string,
  options: StartConsentOptions = {},
): Promise<{ popupPath: string; expiresAt: string }> {
  assertAllowed(staff, "authorise");
  const customer = await requireCustomer(deps.customers, staff, customerId);
  if (!customer.tenantId) {
    throw new AppError("CUSTOMER.NO_TENANT", `Enter and Save ${customer.name}'s Office 365 tenant ID before Authorise.`, { status: 409, field: "tenant" });
  }
  const now = deps.clock.now();
  const expiresAt = new Date(now.getTime() + (options.ttlMs ?? 10 * 60_000)).toISOString();
  const id = deps.consentTokens.newId();
  await deps.consentStates.create({
    id,
    mspTenantId: staff.mspTenantId,
    customerId,
    staffOid: staff.oid,
    staffName: staff.name,
    createdAt: now.toISOString(),
    expiresAt,
    startedAt: null,
    browserBinding: null,
    usedAt: null,
    outcome: null,
  });
  return { popupPath: `/auth/consent/start?state=${encodeURIComponent(deps.consentTokens.sign(id))}`, expiresAt };
}
