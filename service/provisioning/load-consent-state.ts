import type { ConsentState } from "../ports/consent-state-store.port.js";
import type { ProvisioningDeps } from "./deps.js";
import { invalidState } from "./consent-token.js";

/** Reads a consent attempt from its signed token and refuses one that is unknown, used or expired. */
export async function loadConsentState(deps: Pick<ProvisioningDeps, "consentStates" | "consentTokens" | "clock">, token: string): Promise<ConsentState> {
  const id = deps.consentTokens.verify(token);
  const state = await deps.consentStates.get(id);
  if (!state) throw invalidState("This Authorise link is not known.");
  if (state.usedAt) throw invalidState("This Authorise link was already used.");
  if (deps.clock.now().getTime() > Date.parse(state.expiresAt)) throw invalidState("This Authorise link has expired (links last 10 minutes).");
  return state;
}
