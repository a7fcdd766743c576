import { Client } from "@microsoft/microsoft-graph-client";
import type { AppTokenPort } from "../../ports/identity.port.js";

/** Options for {@link createGraphClients}: where Graph lives (devtenant in local mode). */
export interface GraphClientsOptions {
  baseUrl?: string;
}

/** One Graph SDK client per customer tenant, each authenticated with that tenant's app-only token. */
export interface GraphClients {
  forTenant(tenantId: string): Client;
  /** A client for one call made with a delegated token (Backup's service-app activation). */
  withToken(token: string): Client;
}

/**
 * Builds Graph SDK clients on the SDK's default middleware chain (auth → retry honouring Retry-After →
 * redirect → telemetry → fetch). A non-Microsoft host is listed in `customHosts` so the chain still sends the token.
 */
export function createGraphClients(tokens: AppTokenPort, options: GraphClientsOptions = {}): GraphClients {
  const baseUrl = (options.baseUrl ?? "https://graph.microsoft.com").replace(/\/$/, "");
  const hostname = new URL(baseUrl).hostname;
  const customHosts = hostname === "graph.microsoft.com" ? undefined : new Set([hostname]);
  const clients = new Map<string, Client>();
  const build = (getAccessToken: () => Promise<string>): Client =>
    Client.initWithMiddleware({ authProvider: { getAccessToken }, baseUrl: `${baseUrl}/`, defaultVersion: "v1.0", ...(customHosts ? { customHosts } : {}) });
  return {
    withToken: (token) => build(async () => token),
    forTenant(tenantId) {
      let client = clients.get(tenantId);
      if (!client) {
        client = build(() => tokens.getAppToken(tenantId));
        clients.set(tenantId, client);
      }
      return client;
    },
  };
}
