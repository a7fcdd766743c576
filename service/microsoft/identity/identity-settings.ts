/** Where Entra ID lives and who the app is; local mode points these at devtenant. */
export interface IdentitySettings {
  /** e.g. https://login.microsoftonline.com (cloud) or https://127.0.0.1:4400 (devtenant). */
  authorityHost: string;
  clientId: string;
  clientSecret: string;
  /** Absolute URL of /auth/consent/callback as registered on the app. */
  consentRedirectUri: string;
  /** Absolute URL of /auth/signin/callback (local sign-in only). */
  signInRedirectUri: string;
  /** The Graph resource whose `.default` scope app-only tokens ask for. */
  graphResource: string;
  /** The scope staff tokens are issued for, e.g. api://host/<clientId>/access_as_user. */
  apiScope: string;
}
