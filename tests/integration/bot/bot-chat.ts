import assert from "node:assert/strict";
import { apiClient, signIn } from "../../support/sign-in.js";
import type { TestProduct } from "../../support/stack.js";

/** A staff member as the channel driver sends them: Entra object ID, name, UPN, MSP tenant. */
export interface ChatUser {
  aadObjectId: string;
  name: string;
  userPrincipalName: string;
  tenantId: string;
}

/** devtenant's channel driver (`/_devtenant/channel`) aimed at one product's bot: real signed activities, real connector. */
export function botChat(product: TestProduct) {
  const dt = product.infra.devtenant.url;
  const call = async (method: string, path: string, body?: unknown): Promise<any> => {
    const response = await fetch(`${dt}/_devtenant${path}`, {
      method,
      headers: body !== undefined ? { "content-type": "application/json" } : {},
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const text = await response.text();
    assert.ok(response.ok, `devtenant ${method} ${path}: ${response.status} ${text}`);
    return text ? JSON.parse(text) : null;
  };
  const base = (user: ChatUser) => ({
    botEndpoint: `${product.url}/api/messages`,
    botAppId: product.config.clientId,
    botName: "Backup365",
    from: { aadObjectId: user.aadObjectId, name: user.name, userPrincipalName: user.userPrincipalName },
    tenantId: user.tenantId,
  });
  return {
    /** Sends a message and answers the driver's result (the bot's status, and what it sent meanwhile). */
    say: (user: ChatUser, text: string, extra: Record<string, unknown> = {}) => call("POST", "/channel/messages", { ...base(user), text, ...extra }),
    install: (user: ChatUser) => call("POST", "/channel/install", base(user)),
    conversation: (id: string) => call("GET", `/channel/conversations/${encodeURIComponent(id)}`),
    forgetConversations: () => call("DELETE", "/channel/conversations"),
    /** The seeded staff with this UPN, who has also signed in to the tab once (so the bot knows their role). */
    async staff(upn: string): Promise<ChatUser> {
      const { staff } = await call("GET", "/staff");
      const found = staff.find((s: { userPrincipalName: string }) => s.userPrincipalName === upn);
      assert.ok(found, upn);
      const me = await apiClient(product.url, await signIn(product.url, upn)).get("/api/me");
      assert.equal(me.status, 200, JSON.stringify(me.body));
      return { aadObjectId: found.id, name: found.displayName, userPrincipalName: upn, tenantId: found.tenantId };
    },
  };
}

/** Every text a bot activity shows (cards' text blocks, facts, titles), to assert on. */
export function shownText(activity: any): string {
  const out: string[] = [];
  if (typeof activity?.text === "string") out.push(activity.text);
  JSON.stringify(activity?.attachments ?? [], (key, value: unknown) => {
    if (typeof value === "string" && ["text", "title", "value"].includes(key)) out.push(value);
    return value;
  });
  return out.join("\n");
}
