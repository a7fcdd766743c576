import { useState } from "react";
import type { Customer } from "../../../../contract/index.js";
import { errorMessage, isApiError } from "../../api/index.js";
import { useSession } from "../../app/session.js";

/** Where an Authorise attempt stands. */
export type AuthoriseState = { phase: "idle" } | { phase: "waiting" } | { phase: "failed"; message: string; code?: string };

/** Props of {@link useAuthorise}. */
export interface UseAuthoriseOptions {
  onCustomerChange: (customer: Customer) => void;
  onAuthorised: (message: string) => void;
}

/**
 * Authorise: ask the server for a popup URL, let the host run the popup, then re-read the customer,
 * which is `connected` after a successful consent (so the button turns into Enable).
 */
export function useAuthorise(customer: Customer, options: UseAuthoriseOptions) {
  const { api, host } = useSession();
  const [state, setState] = useState<AuthoriseState>({ phase: "idle" });

  const authorise = async () => {
    if (state.phase === "waiting") return;
    setState({ phase: "waiting" });
    try {
      const { popupUrl } = await api.startConsent(customer.id);
      const outcome = await host.authenticate(popupUrl, { customerId: customer.id });
      // Re-read even after a failure: the server may have recorded lastConsentError, or consent may have landed anyway.
      const fresh = await api.getCustomer(customer.id).catch(() => null);
      const connected = fresh?.connection === "connected";
      if (connected) {
        setState({ phase: "idle" });
        // The popup's own words end with "You can close this window"; the tab says what comes next instead.
        options.onAuthorised(`${fresh.tenantDisplayName ?? "The tenant"} is connected. Click Enable to list its users.`);
      } else if (outcome.ok) {
        setState({ phase: "failed", message: "Consent finished, but the tenant is not connected yet. Click Authorise again in a minute." });
      } else {
        setState({ phase: "failed", message: outcome.message, code: outcome.code });
      }
      if (fresh) options.onCustomerChange(fresh);
    } catch (error) {
      setState({ phase: "failed", message: errorMessage(error), code: isApiError(error) ? error.code : undefined });
    }
  };

  return { state, authorise };
}
