import { isAppError } from "../domain/app-error.js";
import type { TenantOrganization } from "../ports/directory.port.js";
import type { ProvisioningDeps } from "./deps.js";

export interface VerifyTenantAccessOptions {
  /** Entra can take a few seconds to apply a fresh consent; how often to ask before giving up. */
  attempts?: number;
  delayMs?: number;
}

/** Proves the app can act in the tenant: an app-only token, then Graph's /organization with it. */
export async function verifyTenantAccess(
  deps: Pick<ProvisioningDeps, "appTokens" | "directory">,
  tenantId: string,
  options: VerifyTenantAccessOptions = {},
): Promise<TenantOrganization> {
  const attempts = options.attempts ?? 3;
  for (let attempt = 1; ; attempt++) {
    try {
      await deps.appTokens.getAppToken(tenantId);
      return await deps.directory.getOrganization(tenantId);
    } catch (error) {
      const propagating = isAppError(error) && error.code === "IDENTITY.NOT_AUTHORISED";
      if (!propagating || attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, options.delayMs ?? 1_500));
    }
  }
}
