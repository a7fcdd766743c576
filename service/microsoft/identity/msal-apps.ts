import { ConfidentialClientApplication, LogLevel } from "@azure/msal-node";
import type { IdentitySettings } from "./identity-settings.js";

/** One msal-node client per authority, kept for the process so each keeps its token cache. */
export interface MsalApps {
  forTenant(tenantId: string): ConfidentialClientApplication;
  /** The multi-tenant authority used for sign-in and consent: the admin signs in to their own tenant. */
  organizations(): ConfidentialClientApplication;
}

/**
 * Builds the msal-node clients; knownAuthorities stops online instance discovery (devtenant and sovereign clouds).
 * A tenant's client gets its OpenID endpoints from configuration, laid out as msal's own hardcoded metadata for
 * login.microsoftonline.com: msal then skips the metadata request for any authority host, as it does for Microsoft's,
 * instead of one request per tenant and process (1,000 on a night after a restart).
 */
export function createMsalApps(settings: IdentitySettings): MsalApps {
  const apps = new Map<string, ConfidentialClientApplication>();
  const base = settings.authorityHost.replace(/\/$/, "");
  const host = new URL(settings.authorityHost).host;
  const get = (segment: string): ConfidentialClientApplication => {
    let app = apps.get(segment);
    if (!app) {
      app = new ConfidentialClientApplication({
        auth: {
          clientId: settings.clientId,
          clientSecret: settings.clientSecret,
          authority: `${base}/${segment}`,
          knownAuthorities: [host],
          ...(segment === "organizations" ? {} : { authorityMetadata: JSON.stringify(tenantEndpoints(base, segment)) }),
        },
        system: { loggerOptions: { logLevel: LogLevel.Error, piiLoggingEnabled: false, loggerCallback: () => undefined } },
      });
      apps.set(segment, app);
    }
    return app;
  };
  return { forTenant: (tenantId) => get(tenantId), organizations: () => get("organizations") };
}

/** A tenant authority's OpenID endpoints, as Entra ID publishes them (and msal hardcodes them for Microsoft's host). */
function tenantEndpoints(base: string, tenantId: string) {
  return {
    token_endpoint: `${base}/${tenantId}/oauth2/v2.0/token`,
    jwks_uri: `${base}/${tenantId}/discovery/v2.0/keys`,
    issuer: `${base}/${tenantId}/v2.0`,
    authorization_endpoint: `${base}/${tenantId}/oauth2/v2.0/authorize`,
    end_session_endpoint: `${base}/${tenantId}/oauth2/v2.0/logout`,
  };
}
