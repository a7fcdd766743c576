import type { z } from 'zod';
import { authenticateGraph, requirePermission, type GraphPrincipal, type PermissionNeed } from '../graph/auth-guard.js';
import { parseJsonBody } from '../http/body.js';
import { GraphError } from '../http/graph-error.js';
import type { RequestContext } from '../http/route.js';
import { APP_REGISTRATION } from '../seed/app-registration.js';
import type { Tenant } from '../state/tenant-registry.js';
import type { BackupSettings } from './backup-state.js';
import type { IdentitySet, TenantBackup } from './tenant-backup.js';

/** An authorised backup call: who, which tenant, its backup state, and one "now" for the request. */
export type BackupCall = { principal: GraphPrincipal; tenant: Tenant; backup: TenantBackup; settings: BackupSettings; now: number };

/** Bulk-job bodies hold up to 50,000 ids or addresses (a few MB), more than the 1 MB default. */
const BODY_LIMIT = 16 * 1024 * 1024;

/**
 * Authenticates the Graph token, checks permissions, and picks the tenant's backup state from `tid`.
 * `delegatedOnly` refuses app-only tokens with 403 Authorization_RequestDenied first.
 */
export async function backupCall(ctx: RequestContext, need: PermissionNeed, options: { delegatedOnly?: boolean } = {}): Promise<BackupCall> {
  const principal = await authenticateGraph(ctx);
  if (options.delegatedOnly && principal.kind === 'app') {
    throw new GraphError(
      403, 'Authorization_RequestDenied',
      'This operation requires a delegated token: a signed-in administrator with BackupRestore-Control.ReadWrite.All. App-only tokens are not supported.',
    );
  }
  requirePermission(principal, need);
  const tenant = principal.tenant;
  const state = ctx.app.state.backup;
  return { principal, tenant, backup: state.tenant(tenant.seed.tenantId), settings: state.settings, now: Date.now() };
}

/** Reads and validates a JSON body; a mismatch is a Graph 400 with the given code. */
export async function readBackupBody<T extends z.ZodTypeAny>(ctx: RequestContext, schema: T, code = 'BadRequest'): Promise<z.infer<T>> {
  const body = parseJsonBody(await ctx.readText({ limit: BODY_LIMIT }));
  const result = schema.safeParse(body);
  if (!result.success) {
    const detail = result.error.issues.map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`).join('; ');
    throw new GraphError(400, code, `Invalid request body. ${detail}`);
  }
  return result.data as z.infer<T>;
}

/** The calling application's id (`azp` in v2 tokens, `appid` in v1). */
export function callerAppId(principal: GraphPrincipal): string {
  const { azp, appid } = principal.claims as { azp?: unknown; appid?: unknown };
  return typeof azp === 'string' ? azp : typeof appid === 'string' ? appid : '';
}

/** The caller as a Graph identitySet: the application, and the user for delegated tokens. */
export function identityOf(principal: GraphPrincipal): IdentitySet {
  const appId = callerAppId(principal);
  const claims = principal.claims as { app_displayname?: unknown; name?: unknown };
  const appName = typeof claims.app_displayname === 'string' ? claims.app_displayname : appId === APP_REGISTRATION.clientId ? APP_REGISTRATION.displayName : null;
  const identity: IdentitySet = { application: { id: appId, displayName: appName } };
  if (principal.kind === 'delegated' && principal.userId) {
    identity.user = { id: principal.userId, displayName: typeof claims.name === 'string' ? claims.name : null };
  }
  return identity;
}

/** Policies and jobs need the service enabled first: 400 BackupServiceNotEnabled otherwise. */
export function requireServiceEnabled(call: BackupCall): void {
  if (call.backup.serviceStatus.status !== 'enabled') {
    throw new GraphError(
      400, 'BackupServiceNotEnabled',
      `Microsoft 365 Backup is not enabled for tenant ${call.tenant.seed.tenantId}. Enable it first with POST /solutions/backupRestore/enable.`,
    );
  }
}

/** ISO 8601 for a stored time in ms. */
export function iso(ms: number): string {
  return new Date(ms).toISOString();
}

/** ISO 8601 or null. */
export function isoOrNull(ms: number | null | undefined): string | null {
  return ms === null || ms === undefined ? null : iso(ms);
}
