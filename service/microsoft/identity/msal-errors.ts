import { AppError } from "../../domain/app-error.js";

/** msal-node's error code (`errorCode`), never its message text. */
export function msalErrorCode(error: unknown): string {
  return typeof error === "object" && error !== null && "errorCode" in error ? String(error.errorCode) : "unknown";
}

const notConsented = new Set(["unauthorized_client", "invalid_client", "consent_required", "interaction_required"]);
const unreachable = new Set(["network_error", "endpoints_resolution_error", "openid_config_error", "post_request_failed"]);

/** Translates an msal-node failure for `tenantId` into a message staff can act on. */
export function translateMsalError(error: unknown, tenantId: string): AppError {
  const code = msalErrorCode(error);
  if (notConsented.has(code)) {
    return new AppError("IDENTITY.NOT_AUTHORISED", `Microsoft says Backup365 is not authorised in tenant ${tenantId}. Click Authorise and have the tenant's admin accept.`, {
      status: 409,
      cause: error,
    });
  }
  if (code === "invalid_grant") {
    return new AppError("IDENTITY.CODE_REJECTED", "Microsoft rejected the sign-in (it may have expired). Click Authorise again.", { status: 400, cause: error });
  }
  if (unreachable.has(code)) {
    return new AppError("IDENTITY.UNREACHABLE", "Microsoft's sign-in service could not be reached. Try again in a minute.", { status: 502, cause: error });
  }
  return new AppError("IDENTITY.FAILED", `Microsoft's sign-in service refused the request (${code}). Try again; if it persists, contact support.`, {
    status: 502,
    cause: error,
  });
}
