import { ConfidentialClientApplication, LogLevel } from "@azure/msal-node";
import type { IdentitySettings } from "./identity-settings.js";

/** One msal-node client per authority, kept for the process so each keeps its token cache. */
export interface MsalApps {
  forTenant(tenantId: string): ConfidentialClientApplication;
  /** The multi-tenant authority used for sign-in and consent: the admin signs in to their own tenant. */
  organizations(): ConfidentialClientApplication;
}

/** Builds the msal-node clients; knownAuthorities stops online instance discovery (devtenant and sovereign clouds). */
export function createMsalApps(settings: IdentitySettings): MsalApps {
  const apps = new Map<string, ConfidentialClientApplication>();
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
