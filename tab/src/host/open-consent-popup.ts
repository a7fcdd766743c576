import type { ConsentOutcome } from "../../../contract/index.js";
import { parseConsentOutcome, popupBlockedOutcome, popupClosedOutcome } from "./consent-outcomes.js";

const closedPollMs = 400;
/** A message posted just before the popup closes may still be queued when we notice it closed. */
const closedGraceMs = 300;

/** Opens the consent popup in a plain browser and waits for consent-done.html to post its outcome. */
export function openConsentPopup(url: string, customerId = ""): Promise<ConsentOutcome> {
  return new Promise((resolve) => {
    const popup = window.open(url, "b365-consent", "width=600,height=720");
    if (!popup) {
      resolve(popupBlockedOutcome(customerId));
      return;
    }
    popup.focus();
    let finished = false;
    let poll: ReturnType<typeof setInterval> | undefined;

    const finish = (outcome: ConsentOutcome) => {
      if (finished) return;
      finished = true;
      window.removeEventListener("message", onMessage);
      clearInterval(poll);
      resolve(outcome);
    };

    function onMessage(event: MessageEvent) {
      if (event.origin !== window.location.origin) return;
      const outcome = parseConsentOutcome(event.data);
      if (!outcome) return;
      // The server reports some failures (expired or reused state) before it knows the customer: customerId "".
      if (customerId && outcome.customerId && outcome.customerId !== customerId) return;
      finish(outcome);
    }

    window.addEventListener("message", onMessage);
    poll = setInterval(() => {
      if (!popup.closed) return;
      clearInterval(poll);
      setTimeout(() => finish(popupClosedOutcome(customerId)), closedGraceMs);
    }, closedPollMs);
  });
}
