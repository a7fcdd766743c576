import { ConfidentialClientApplication, LogLevel } from "@azure/msal-node";
import { recentCache } from "../recent-cache.js";
import type { IdentitySettings } from "./identity-settings.js";

/** Tenants whose msal client (and its token cache) a process keeps: more than the worker has in flight at once. */
export const msalAppsKept = 256;

/** One msal-node client per authority, kept while in use (the most recent 256) so each keeps its token cache. */
export interface MsalApps {
  forTenant(tenantId: string): ConfidentialClientApplication;
  /** The multi-tenant authority used for sign-in and consent: the admin signs in to their own tenant. */
  organizations(): ConfidentialClientApplication;
}

/** Builds the msal-node clients; knownAuthorities stops online instance discovery (devtenant and sovereign clouds). */
export function createMsalApps(settings: IdentitySettings): MsalApps {
  const apps = recentCache<ConfidentialClientApplication>(msalAppsKept);
  const host = new URL(settings.authorityHost).host;
  const get = (segment: string): ConfidentialClientApplication => {
    let app = apps.get(segment);
    if (!app) {
      app = new ConfidentialClientApplication({
        auth: {
          clientId: settings.clientId,
          clientSecret: settings.clientSecret,
          authority: `${settings.authorityHost.replace(/\/$/, "")}/${segment}`,
          knownAuthorities: [host],
        },
        system: { loggerOptions: { logLevel: LogLevel.Error, piiLoggingEnabled: false, loggerCallback: () => undefined } },
      });
      apps.set(segment, app);
    }
    return app;
  };
  return { forTenant: (tenantId) => get(tenantId), organizations: () => get("organizations") };
}
