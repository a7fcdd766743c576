import { isAppError } from "../domain/app-error.js";
import type { ServiceAppRecord } from "../ports/backup.port.js";
import type { ProvisioningDeps } from "./deps.js";

/**
 * During Authorise, while we hold the admin's delegated token: register our app as a Microsoft 365 Backup
 * controller in the tenant and activate it (Microsoft accepts activation only with a delegated token).
 * Safe to repeat: an existing registration is reused, an active one left alone.
 */
export async function ensureBackupController(deps: Pick<ProvisioningDeps, "backup" | "settings">, tenantId: string, delegatedToken: string): Promise<ServiceAppRecord> {
  let app = await deps.backup.findServiceApp(tenantId, deps.settings.appId);
  if (!app) {
    try {
      app = await deps.backup.registerServiceApp(tenantId, deps.settings.appId);
    } catch (error) {
      const raced = isAppError(error) && error.status === 409 ? await deps.backup.findServiceApp(tenantId, deps.settings.appId) : null;
      if (!raced) throw error;
      app = raced;
    }
  }
  if (app.status === "inactive" || app.status === "pendingInactive") app = await deps.backup.activateServiceApp(tenantId, app.id, delegatedToken);
  return app;
}
