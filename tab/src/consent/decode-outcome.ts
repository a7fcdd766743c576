import { ConsentOutcome } from "../../../contract/index.js";

/** The outcome when the page's address carries nothing readable. */
export const unreadableOutcome: ConsentOutcome = {
  type: "b365.consent",
  customerId: "",
  ok: false,
  code: "CONSENT.UNREADABLE_OUTCOME",
  message: "The Authorise result could not be read. Close this window and click Authorise again.",
};

/** Reads `#outcome=<base64url(JSON ConsentOutcome)>` and checks it against the contract. */
export function decodeOutcome(hash: string): ConsentOutcome {
  const encoded = new URLSearchParams(hash.replace(/^#/, "")).get("outcome");
  if (!encoded) return unreadableOutcome;
  try {
    const parsed = ConsentOutcome.safeParse(JSON.parse(decodeBase64Url(encoded)));
    return parsed.success ? parsed.data : unreadableOutcome;
  } catch {
    return unreadableOutcome;
  }
}

function decodeBase64Url(value: string): string {
  const base64 = value.replace(/-/g, "+").replace(/_/g, "/");
  const padded = base64 + "=".repeat((4 - (base64.length % 4)) % 4);
  const bytes = Uint8Array.from(atob(padded), (char) => char.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}
