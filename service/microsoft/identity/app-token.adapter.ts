import type { AppTokenPort } from "../../ports/identity.port.js";
import type { IdentitySettings } from "./identity-settings.js";
import type { MsalApps } from "./msal-apps.js";
import { translateMsalError } from "./msal-errors.js";

/** App-only Graph tokens per customer tenant (client credentials); msal caches them until near expiry. */
export function createAppTokenAdapter(apps: MsalApps, settings: IdentitySettings): AppTokenPort {
  return {
    async getAppToken(tenantId) {
      try {
        const result = await apps.forTenant(tenantId).acquireTokenByClientCredential({ scopes: [`${settings.graphResource}/.default`] });
        if (!result?.accessToken) throw Object.assign(new Error("empty token response"), { errorCode: "empty_response" });
        return result.accessToken;
      } catch (error) {
        throw translateMsalError(error, tenantId);
      }
    },
  };
}
