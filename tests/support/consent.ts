import assert from "node:assert/strict";
import { HttpBrowser, accountButtonValue, readForm } from "./http-browser.js";
import { apiClient } from "./sign-in.js";

/** What the consent popup ended on: the HTTP status of the callback and the outcome it reports to the tab. */
export interface ConsentRun {
  status: number;
  outcome: { type: string; customerId: string; ok: boolean; code?: string; message: string };
  popupUrl: string;
  /** The callback URL Microsoft redirected to (with code and state), for replay tests. */
  callbackUrl: string;
}

/** Reads the outcome that a popup-ending page hands to consent-done.html. */
export function outcomeOf(body: string): ConsentRun["outcome"] {
  const fragment = /consent-done\.html#outcome=([A-Za-z0-9_-]+)/.exec(body)?.[1];
  assert.ok(fragment, `the page ends on consent-done.html: ${body.slice(0, 400)}`);
  return JSON.parse(Buffer.from(fragment, "base64url").toString("utf8"));
}

/** Authorise up to Microsoft's redirect back: start, devtenant's picker, the consent page (Accept or Cancel). */
export async function authoriseUntilCallback(
  serverUrl: string,
  token: string,
  customerId: string,
  options: { adminUpn: string; decision?: "accept" | "cancel"; browser?: HttpBrowser },
): Promise<{ browser: HttpBrowser; popupUrl: string; callbackUrl: string }> {
  const browser = options.browser ?? new HttpBrowser();
  const started = await apiClient(serverUrl, token).post(`/api/customers/${customerId}/consent`);
  assert.equal(started.status, 200, JSON.stringify(started.body));
  const popupUrl = String(started.body.popupUrl);
  const picker = await browser.visit(popupUrl);
  assert.equal(picker.status, 200, `picker: ${picker.body.slice(0, 300)}`);
  const pickForm = readForm(picker.body, picker.url);
  const afterPick = await browser.fetch(pickForm.action, { ...pickForm.fields, account: accountButtonValue(picker.body, options.adminUpn) });
  if (afterPick.status !== 200) {
    return { browser, popupUrl, callbackUrl: new URL(afterPick.headers.get("location") ?? "", pickForm.action).toString() };
  }
  const consentPage = await afterPick.text();
  assert.match(consentPage, /Permissions requested/);
  const consentForm = readForm(consentPage, pickForm.action);
  const decided = await browser.fetch(consentForm.action, { ...consentForm.fields, action: options.decision ?? "accept" });
  return { browser, popupUrl, callbackUrl: new URL(decided.headers.get("location") ?? "", consentForm.action).toString() };
}

/** Authorise, as the popup does it, to the end: the callback's status and the outcome it reports to the tab. */
export async function authorise(
  serverUrl: string,
  token: string,
  customerId: string,
  options: { adminUpn: string; decision?: "accept" | "cancel"; browser?: HttpBrowser },
): Promise<ConsentRun> {
  const { browser, popupUrl, callbackUrl } = await authoriseUntilCallback(serverUrl, token, customerId, options);
  const done = await browser.visit(callbackUrl);
  return { status: done.status, outcome: outcomeOf(done.body), popupUrl, callbackUrl };
}
