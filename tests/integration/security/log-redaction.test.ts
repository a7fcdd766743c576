import assert from "node:assert/strict";
import { localDefaults } from "../../../server/config/local-defaults.js";
import { authoriseUntilCallback } from "../../support/consent.js";
import { devtenantAdmin } from "../../support/devtenant-admin.js";
import { HttpBrowser, accountButtonValue, readForm } from "../../support/http-browser.js";
import { apiClient, staffUpns } from "../../support/sign-in.js";
import { sharedInfra } from "../../support/stack.js";
import { startCapturedServer, type CapturedServer } from "./support/captured-server.js";

const tailspin = "5b0e2c7d-3a1f-4d6b-8e9c-0f1a2b3c4d5e";
const tailspinAdmin = "admin@tailspintoys.onmicrosoft.com";
const param = (url: string, name: string): string => new URL(url).searchParams.get(name) ?? "";

/** Signs in like a browser, keeping the authorization code and state the redirect carried. */
async function signInKeepingCode(serverUrl: string, upn: string): Promise<{ token: string; code: string; state: string }> {
  const browser = new HttpBrowser();
  const picker = await browser.visit(`${serverUrl}/auth/signin/start`);
  const form = readForm(picker.body, picker.url);
  const redirect = await browser.fetch(form.action, { ...form.fields, account: accountButtonValue(picker.body, upn) });
  const callbackUrl = new URL(redirect.headers.get("location") ?? "", form.action).toString();
  const done = await browser.visit(callbackUrl);
  const token = /sessionStorage\.setItem\("b365\.token", "([^"]+)"\)/.exec(done.body)?.[1] ?? "";
  assert.ok(token, `signed in: ${done.body.slice(0, 200)}`);
  return { token, code: param(callbackUrl, "code"), state: param(callbackUrl, "state") };
}

describe("Logs: tokens, authorization codes, consent states and secrets never reach the log", function () {
  this.timeout(60_000);
  let server: CapturedServer;

  before(async () => {
    server = await startCapturedServer();
  });
  after(() => server?.stop());

  it("after sign-in, API calls with bearer tokens, the bot endpoint, consent callbacks and failures, no line holds a secret", async () => {
    const secrets: Record<string, string> = {};
    const cloud = devtenantAdmin((await sharedInfra()).devtenant.url);
    await cloud.revokeConsent(tailspin);
    const signedIn = await signInKeepingCode(server.url, staffUpns.admin);
    const [, payload = "", signature = ""] = signedIn.token.split(".");
    Object.assign(secrets, { "the staff token": signedIn.token, "its claims": payload, "its signature": signature, "the sign-in code": signedIn.code, "the sign-in state": signedIn.state });
    const api = apiClient(server.url, signedIn.token);
    assert.equal((await api.get("/api/me")).status, 200);
    assert.equal((await apiClient(server.url, `${signedIn.token.slice(0, -4)}AAAA`).get("/api/customers")).status, 401);
    secrets["a forged token"] = `${signedIn.token.slice(0, -4)}AAAA`;
    await fetch(`${server.url}/api/messages`, { method: "POST", headers: { authorization: `Bearer ${signedIn.token}`, "content-type": "application/json" }, body: JSON.stringify({ type: "message", text: "hi" }) });

    const good = await authoriseUntilCallback(server.url, signedIn.token, "tailspin-toys", { adminUpn: tailspinAdmin });
    secrets["the consent binding cookie"] = good.browser.cookie(new URL(server.url).host, "b365_consent") ?? "";
    await good.browser.visit(good.callbackUrl);
    Object.assign(secrets, { "a consent code": param(good.callbackUrl, "code"), "a consent state": param(good.callbackUrl, "state") });

    const failing = await authoriseUntilCallback(server.url, signedIn.token, "tailspin-toys", { adminUpn: tailspinAdmin });
    await cloud.fault({ match: "POST /:tenant/oauth2/v2.0/token", status: 500, times: 5 });
    await failing.browser.visit(failing.callbackUrl);
    await cloud.clearFaults();
    Object.assign(secrets, { "a failed consent's code": param(failing.callbackUrl, "code"), "a failed consent's state": param(failing.callbackUrl, "state") });

    await cloud.fault({ match: "GET /v1.0/users", status: 500, times: 20 });
    const users = await api.get("/api/customers/tailspin-toys/users");
    await cloud.clearFaults();
    await cloud.revokeConsent(tailspin);
    assert.ok(users.status >= 500, `a Graph outage is a 5xx (${users.status}), which the server logs`);

    Object.assign(secrets, {
      "the client secret": localDefaults.clientSecret,
      "the consent signing key": localDefaults.consentSigningKey,
      "the storage account key": /AccountKey=([^;]+)/.exec(localDefaults.storageConnectionString)?.[1] ?? "",
    });
    const output = await server.waitForOutput(/"path":"\/api\/customers\/tailspin-toys\/users","status":5\d\d/);
    assert.match(output, /"level":(40|50)/, "the failures above were logged");
    const leaks = Object.entries(secrets).filter(([, value]) => value.length >= 8 && output.includes(value));
    assert.deepEqual(leaks.map(([what]) => what), [], "secrets in the log");
    for (const [what, value] of Object.entries(secrets)) assert.ok(value.length >= 8, `${what} was captured for the check`);
  });
});
