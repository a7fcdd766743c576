import { randomBytes } from "node:crypto";
import { isAppError } from "../domain/app-error.js";
import type { ProvisioningDeps } from "./deps.js";
import { invalidState } from "./consent-token.js";
import { loadConsentState } from "./load-consent-state.js";
import { requireCustomer } from "./require-customer.js";

/**
 * Authorise, step 2 (the popup opens /auth/consent/start): bind the attempt to this browser (the caller
 * sets the binding as a cookie) and send the browser to Microsoft's sign-in and consent page.
 */
export async function beginConsent(
  deps: Pick<ProvisioningDeps, "customers" | "consentStates" | "consentTokens" | "consent" | "clock">,
  token: string,
): Promise<{ authorizeUrl: string; browserBinding: string }> {
  const state = await loadConsentState(deps, token);
  if (state.startedAt) throw invalidState("This Authorise link was already opened.");
  const customer = await requireCustomer(deps.customers, state, state.customerId);
  const browserBinding = randomBytes(24).toString("base64url");
  try {
    await deps.consentStates.update({ ...state, startedAt: deps.clock.now().toISOString(), browserBinding });
  } catch (error) {
    if (isAppError(error) && error.code === "STORE.CONFLICT") throw invalidState("This Authorise link was already opened.");
    throw error;
  }
  const authorizeUrl = await deps.consent.buildAuthorizeUrl({ state: token, domainHint: customer.tenantDomain });
  return { authorizeUrl, browserBinding };
}
