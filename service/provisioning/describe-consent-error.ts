/** What Microsoft's redirect said when consent did not happen (the OAuth error parameters). */
export interface ConsentErrorParams {
  error: string;
  errorSubcode?: string | undefined;
  errorDescription?: string | undefined;
}

/** Plain words for a consent that did not happen, keyed on the OAuth error and Entra's AADSTS number. */
export function describeConsentError(params: ConsentErrorParams): { code: string; message: string } {
  const aadsts = /AADSTS(\d+)/.exec(params.errorDescription ?? "")?.[1];
  if (params.errorSubcode === "cancel" || aadsts === "65004") {
    return { code: "CONSENT.CANCELLED", message: "Consent was cancelled, so Backup365 is not authorised. Click Authorise to try again." };
  }
  if (aadsts === "90094" || aadsts === "90095") {
    return {
      code: "CONSENT.ADMIN_REQUIRED",
      message: "The account that signed in is not an administrator of the tenant. Click Authorise and sign in with a Global Administrator.",
    };
  }
  return {
    code: "CONSENT.DENIED",
    message: `Microsoft did not authorise Backup365 (${params.error}${aadsts ? `, AADSTS${aadsts}` : ""}). Click Authorise to try again.`,
  };
}
