import { AppError, isAppError } from "../domain/app-error.js";
import type { Customer } from "../domain/customer.js";
import type { ConsentState } from "../ports/consent-state-store.port.js";
import type { ProvisioningDeps } from "./deps.js";
import { invalidState } from "./consent-token.js";
import { describeConsentError } from "./describe-consent-error.js";
import { loadConsentState } from "./load-consent-state.js";
import { requireCustomer } from "./require-customer.js";
import { ensureBackupController } from "./ensure-backup-controller.js";
import { verifyTenantAccess } from "./verify-tenant-access.js";

/** What Microsoft's redirect brought back to /auth/consent/callback, plus the popup's browser binding cookie. */
export interface CompleteConsentInput {
  stateToken: string;
  browserBinding: string | null;
  code?: string | undefined;
  error?: string | undefined;
  errorSubcode?: string | undefined;
  errorDescription?: string | undefined;
}

/** The result the popup reports to the tab. */
export interface ConsentResult {
  customerId: string;
  ok: boolean;
  code?: string;
  message: string;
}

/**
 * Authorise, step 3: consume the single-use state, redeem the code, check the admin signed in to the saved
 * tenant, prove access with an app-only token and Graph, and only then record the customer as connected.
 * An unusable state throws CONSENT.STATE_INVALID (400) and records nothing.
 */
export async function completeConsent(deps: ProvisioningDeps, input: CompleteConsentInput): Promise<ConsentResult> {
  const state = await loadConsentState(deps, input.stateToken);
  if (!state.browserBinding || state.browserBinding !== input.browserBinding) {
    throw invalidState("This Authorise link was started in another browser or by another person.");
  }
  const used = await consume(deps, state);
  const customer = await requireCustomer(deps.customers, state, state.customerId);
  try {
    if (input.error || !input.code) {
      const { code, message } = describeConsentError({ error: input.error ?? "no_code", errorSubcode: input.errorSubcode, errorDescription: input.errorDescription });
      throw new AppError(code, message);
    }
    const admin = await deps.consent.redeemCode(input.code);
    if (admin.tenantId !== customer.tenantId) {
      throw new AppError(
        "CONSENT.WRONG_TENANT",
        `${admin.adminUserPrincipalName || "The admin"} signed in to tenant ${admin.tenantId}, but ${customer.name}'s saved tenant is ${customer.tenantId}. Click Authorise and sign in with an admin of ${customer.tenantDomain ?? customer.tenantId}.`,
      );
    }
    const org = await verifyTenantAccess(deps, admin.tenantId);
    const controller = await ensureBackupController(deps, admin.tenantId, admin.delegatedToken);
    const pending = controller.status === "pendingActive";
    await deps.customers.update({
      ...customer,
      connection: "connected",
      connectedAt: deps.clock.now().toISOString(),
      connectedBy: state.staffName,
      tenantDisplayName: org.displayName,
      tenantDomain: customer.tenantDomain ?? org.defaultDomain,
      lastConsentError: null,
      backupActivation: pending ? "pendingActive" : "active",
      backupActiveFrom: pending ? controller.effectiveDateTime : null,
    });
    const message = pending
      ? `Authorised. ${org.displayName} already has another backup controller, so Microsoft activates Backup365 on ${controller.effectiveDateTime?.slice(0, 10) ?? "a later date"}. You can close this window.`
      : `Authorised: Backup365 can now back up ${org.displayName}. You can close this window.`;
    await finish(deps, used, customer, true, `Consent by ${admin.adminUserPrincipalName}`);
    return { customerId: customer.id, ok: true, message };
  } catch (error) {
    if (!isAppError(error)) throw error;
    await deps.customers.update({ ...(await requireCustomer(deps.customers, state, state.customerId)), lastConsentError: error.userMessage });
    await finish(deps, used, customer, false, error.code);
    return { customerId: customer.id, ok: false, code: error.code, message: error.userMessage };
  }
}

async function consume(deps: Pick<ProvisioningDeps, "consentStates" | "clock">, state: ConsentState): Promise<ConsentState> {
  try {
    return await deps.consentStates.update({ ...state, usedAt: deps.clock.now().toISOString() });
  } catch (error) {
    if (isAppError(error) && error.code === "STORE.CONFLICT") throw invalidState("This Authorise link was already used.");
    throw error;
  }
}

async function finish(deps: ProvisioningDeps, state: ConsentState, customer: Customer, ok: boolean, detail: string): Promise<void> {
  await deps.consentStates.update({ ...state, outcome: ok ? "succeeded" : "failed" });
  await deps.audit.append({
    mspTenantId: customer.mspTenantId,
    customerId: customer.id,
    at: deps.clock.now().toISOString(),
    actorOid: state.staffOid,
    actorName: state.staffName,
    action: "tenant.authorised",
    outcome: ok ? "succeeded" : "failed",
    detail,
  });
}
