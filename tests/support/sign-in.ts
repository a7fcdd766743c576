import assert from "node:assert/strict";
import { HttpBrowser, accountButtonValue, readForm } from "./http-browser.js";

/** The seeded MSP staff (devtenant): MSP A's admin, operator, viewer and a member with no role; MSP B's admin. */
export const staffUpns = {
  admin: "ada.admin@northwindmsp.onmicrosoft.com",
  operator: "oscar.operator@northwindmsp.onmicrosoft.com",
  viewer: "vera.viewer@northwindmsp.onmicrosoft.com",
  noRole: "nora.norole@northwindmsp.onmicrosoft.com",
  otherMspAdmin: "frank.admin@fabrikammsp.onmicrosoft.com",
} as const;

/** Signs in through the real local sign-in (server → devtenant picker → callback) and returns the access token. */
export async function signIn(serverUrl: string, upn: string, browser = new HttpBrowser()): Promise<string> {
  const picker = await browser.visit(`${serverUrl}/auth/signin/start`);
  assert.equal(picker.status, 200, `sign-in picker: ${picker.body.slice(0, 300)}`);
  const form = readForm(picker.body, picker.url);
  const done = await browser.visit(form.action, { form: { ...form.fields, account: accountButtonValue(picker.body, upn) } });
  assert.equal(done.status, 200, `sign-in callback: ${done.body.slice(0, 300)}`);
  const token = /sessionStorage\.setItem\("b365\.token", "([^"]+)"\)/.exec(done.body)?.[1];
  assert.ok(token, "the callback page hands the token to the tab");
  return token;
}

/** A JSON client for /api with a bearer token. */
export function apiClient(serverUrl: string, token: string | null) {
  const call = async (method: string, path: string, body?: unknown): Promise<{ status: number; body: any }> => {
    const response = await fetch(`${serverUrl}${path}`, {
      method,
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body !== undefined ? { "content-type": "application/json" } : {}) },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : null };
  };
  return {
    get: (path: string) => call("GET", path),
    put: (path: string, body: unknown) => call("PUT", path, body),
    post: (path: string, body?: unknown) => call("POST", path, body ?? {}),
  };
}
