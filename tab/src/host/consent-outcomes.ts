import { ConsentOutcome } from "../../../contract/index.js";

/** Reads a ConsentOutcome from a postMessage payload or the JSON string Teams hands back; null if it is not one. */
export function parseConsentOutcome(value: unknown): ConsentOutcome | null {
  let data = value;
  if (typeof value === "string") {
    try {
      data = JSON.parse(value);
    } catch {
      return null;
    }
  }
  const parsed = ConsentOutcome.safeParse(data);
  return parsed.success ? parsed.data : null;
}

/** The outcome when the Authorise window closes before consent finished. */
export function popupClosedOutcome(customerId = ""): ConsentOutcome {
  return {
    type: "b365.consent",
    customerId,
    ok: false,
    code: "CONSENT.POPUP_CLOSED",
    message: "The Authorise window was closed before consent finished.",
  };
}

/** The outcome when the browser (or Teams) refuses to open the Authorise window. */
export function popupBlockedOutcome(customerId = ""): ConsentOutcome {
  return {
    type: "b365.consent",
    customerId,
    ok: false,
    code: "CONSENT.POPUP_BLOCKED",
    message: "The Authorise window could not open. Allow pop-ups for this site, then click Authorise again.",
  };
}

/** Any other failure to finish consent, in the words we were given. */
export function consentFailedOutcome(message: string, customerId = ""): ConsentOutcome {
  return { type: "b365.consent", customerId, ok: false, code: "CONSENT.FAILED", message };
}
