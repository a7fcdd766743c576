import type { ConsentPort } from "../../ports/identity.port.js";
import { AppError } from "../../domain/app-error.js";
import type { IdentitySettings } from "./identity-settings.js";
import type { MsalApps } from "./msal-apps.js";
import { translateMsalError } from "./msal-errors.js";

/**
 * Authorise as Microsoft documents it for Microsoft 365 Backup: the customer's admin signs in with the
 * authorization-code flow and consents for the organisation (prompt=consent, the app's `.default` scope).
 */
export function createConsentAdapter(apps: MsalApps, settings: IdentitySettings): ConsentPort {
  const scopes = [`${settings.graphResource}/.default`];
  return {
    async buildAuthorizeUrl({ state, domainHint, loginHint }) {
      return apps.organizations().getAuthCodeUrl({
        scopes,
        redirectUri: settings.consentRedirectUri,
        state,
        prompt: "consent",
        responseMode: "query",
        ...(domainHint ? { domainHint } : {}),
        ...(loginHint ? { loginHint } : {}),
      });
    },
    async redeemCode(code) {
      try {
        const result = await apps.organizations().acquireTokenByCode({ code, scopes, redirectUri: settings.consentRedirectUri });
        const claims = (result.idTokenClaims ?? {}) as Record<string, unknown>;
        const tenantId = typeof claims.tid === "string" ? claims.tid : result.tenantId;
        if (!tenantId) throw new AppError("IDENTITY.NO_TENANT", "Microsoft's answer did not say which tenant signed in. Try Authorise again.", { status: 502 });
        return {
          tenantId: tenantId.toLowerCase(),
          adminName: String(claims.name ?? result.account?.name ?? "the tenant admin"),
          adminUserPrincipalName: String(claims.preferred_username ?? result.account?.username ?? ""),
          delegatedToken: result.accessToken,
        };
      } catch (error) {
        if (error instanceof AppError) throw error;
        throw translateMsalError(error, "organizations");
      }
    },
  };
}
