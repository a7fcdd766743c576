import { createRemoteJWKSet, errors as joseErrors, jwtVerify, type JWTPayload } from "jose";
import { AppError, roleFromClaims, type Staff } from "../../service/index.js";

export interface StaffTokenVerifierSettings {
  authorityHost: string;
  clientId: string;
  apiScope: string;
  mspTenantIds: readonly string[];
}

/** Turns a bearer token into the signed-in staff member, or throws 401/403 with the reason. */
export type StaffTokenVerifier = (authorization: string | undefined) => Promise<Staff>;

/**
 * Validates Entra v2 access tokens as Teams SSO issues them: RS256 signature against the issuer's JWKS,
 * audience = our app, issuer = the token's own tenant, not expired, the tenant one of our MSPs, a staff role.
 */
export function createStaffTokenVerifier(settings: StaffTokenVerifierSettings): StaffTokenVerifier {
  const base = settings.authorityHost.replace(/\/$/, "");
  const jwks = createRemoteJWKSet(new URL(`${base}/common/discovery/v2.0/keys`), { cooldownDuration: 30_000, timeoutDuration: 10_000 });
  const audiences = [settings.clientId, settings.apiScope.replace(/\/[^/]+$/, "")];
  const tenants = new Set(settings.mspTenantIds.map((t) => t.toLowerCase()));
  return async (authorization) => {
    const token = /^Bearer ([A-Za-z0-9_.-]+)$/.exec(authorization ?? "")?.[1];
    if (!token) throw unauthorized("Sign in first: the request carried no bearer token.");
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, jwks, { audience: audiences, algorithms: ["RS256"], clockTolerance: 60, requiredClaims: ["tid", "oid", "iss", "exp"] }));
    } catch (error) {
      throw unauthorized(describe(error), error);
    }
    const tid = String(payload.tid).toLowerCase();
    if (payload.iss !== `${base}/${tid}/v2.0`) throw unauthorized("The token was issued by an authority we do not trust.");
    if (!tenants.has(tid)) throw new AppError("AUTH.UNKNOWN_MSP", "Your organisation is not registered with Backup365.", { status: 403 });
    const roles = Array.isArray(payload.roles) ? payload.roles.map(String) : [];
    const role = roleFromClaims(roles);
    if (!role) throw new AppError("AUTH.NO_ROLE", "Your account has no Backup365 role. Ask your MSP's admin to assign you one.", { status: 403 });
    return {
      mspTenantId: tid,
      oid: String(payload.oid),
      name: String(payload.name ?? payload.preferred_username ?? "Staff member"),
      userPrincipalName: String(payload.preferred_username ?? payload.upn ?? ""),
      role,
    };
  };
}

function unauthorized(message: string, cause?: unknown): AppError {
  return new AppError("AUTH.INVALID_TOKEN", message, { status: 401, cause });
}

function describe(error: unknown): string {
  if (error instanceof joseErrors.JWTExpired) return "Your sign-in has expired. Sign in again.";
  if (error instanceof joseErrors.JWTClaimValidationFailed) return `The token is not valid here (${error.claim}).`;
  if (error instanceof joseErrors.JWKSNoMatchingKey || error instanceof joseErrors.JWSSignatureVerificationFailed) return "The token's signature is not valid.";
  if (error instanceof joseErrors.JOSEAlgNotAllowed) return "The token's algorithm is not allowed.";
  return "The token could not be read. Sign in again.";
}
