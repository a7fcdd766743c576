import type { IdentitySettings } from "./identity-settings.js";
import type { MsalApps } from "./msal-apps.js";
import { translateMsalError } from "./msal-errors.js";

/** The local stand-in for Teams SSO: staff sign in with the authorization-code flow and get a token for our API. */
export interface StaffSignInPort {
  buildSignInUrl(state: string): Promise<string>;
  redeemSignInCode(code: string): Promise<{ accessToken: string; expiresOn: string | null }>;
}

/** Builds the staff sign-in adapter on the multi-tenant authority. */
export function createStaffSignInAdapter(apps: MsalApps, settings: IdentitySettings): StaffSignInPort {
  const scopes = [settings.apiScope];
  return {
    buildSignInUrl(state) {
      return apps.organizations().getAuthCodeUrl({ scopes, redirectUri: settings.signInRedirectUri, state, responseMode: "query", prompt: "select_account" });
    },
    async redeemSignInCode(code) {
      try {
        const result = await apps.organizations().acquireTokenByCode({ code, scopes, redirectUri: settings.signInRedirectUri });
        return { accessToken: result.accessToken, expiresOn: result.expiresOn?.toISOString() ?? null };
      } catch (error) {
        throw translateMsalError(error, "organizations");
      }
    },
  };
}
