import { z } from "zod";

/** Authorise: where the popup should go; the URL carries a signed, single-use state bound to the caller. */
export const StartConsentResponse = z.object({
  popupUrl: z.string(),
  expiresAt: z.string(),
});
export type StartConsentResponse = z.infer<typeof StartConsentResponse>;

/** What the consent popup reports back to the tab (postMessage outside Teams, notifySuccess/notifyFailure inside). */
export const ConsentOutcome = z.object({
  type: z.literal("b365.consent"),
  customerId: z.string(),
  ok: z.boolean(),
  code: z.string().optional(),
  message: z.string(),
});
export type ConsentOutcome = z.infer<typeof ConsentOutcome>;
