import type { ConsentOutcome } from "../../../contract/index.js";
import type { ReportChannel } from "./report-outcome.js";

/** Writes the result into consent-done.html in plain words. */
export function showOutcome(outcome: ConsentOutcome): void {
  const main = document.getElementById("outcome");
  const title = document.getElementById("outcome-title");
  const message = document.getElementById("outcome-message");
  if (!main || !title || !message) return;
  main.dataset.ok = String(outcome.ok);
  title.textContent = outcome.ok ? "Authorised. You can close this window." : "Not authorised";
  message.textContent = outcome.ok ? "" : outcome.message;
  document.title = `${outcome.ok ? "Authorised" : "Not authorised"} · Backup365 for Teams`;
}

/** Adds a closing line once we know whether the window will close itself. */
export function showReported(channel: ReportChannel): void {
  const message = document.getElementById("outcome-message");
  if (!message || channel !== "none") return;
  const hint = document.createElement("p");
  hint.textContent = "Go back to Backup365 for Teams to carry on.";
  message.after(hint);
}
