import { AppError } from "../../domain/app-error.js";
import type { TenantResolver } from "../../ports/identity.port.js";

const tenantInIssuer = /\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\/v2\.0\/?$/i;

/** Resolves a tenant GUID or verified domain to the tenant GUID from Entra's OpenID metadata (the issuer carries the GUID). */
export function createTenantResolver(authorityHost: string): TenantResolver {
  const base = authorityHost.replace(/\/$/, "");
  return {
    async resolve(tenantIdOrDomain, options = {}) {
      const domain = tenantIdOrDomain;
      let response: Response;
      try {
        response = await fetch(`${base}/${encodeURIComponent(domain)}/v2.0/.well-known/openid-configuration`, {
          signal: options.signal ?? AbortSignal.timeout(10_000),
        });
      } catch (error) {
        throw new AppError("IDENTITY.UNREACHABLE", "Microsoft could not be reached to look up that domain. Try again in a minute.", { status: 502, cause: error });
      }
      if (response.status === 400 || response.status === 404) {
        throw new AppError("TENANT.NOT_FOUND", `No Microsoft 365 tenant matches ${domain}. Check the tenant GUID or domain and try again.`, {
          status: 400,
          field: "tenant",
        });
      }
      if (!response.ok) {
        throw new AppError("IDENTITY.UNREACHABLE", `Microsoft answered ${response.status} while looking up ${domain}. Try again in a minute.`, { status: 502 });
      }
      const metadata = (await response.json()) as { issuer?: string };
      const tenantId = tenantInIssuer.exec(metadata.issuer ?? "")?.[1];
      if (!tenantId) throw new AppError("IDENTITY.BAD_METADATA", `Microsoft's metadata for ${domain} names no tenant.`, { status: 502 });
      return { tenantId: tenantId.toLowerCase() };
    },
  };
}
