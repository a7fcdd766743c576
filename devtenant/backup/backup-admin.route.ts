import { z } from 'zod';
import { parseAdminBody } from '../admin/parse-body.js';
import type { DevTenantApp } from '../app-context.js';
import { AdminError } from '../http/admin-error.js';
import { emptyReply, jsonReply } from '../http/reply.js';
import type { RequestContext, Route } from '../http/route.js';
import type { Tenant } from '../state/tenant-registry.js';
import { serviceAppView, serviceStatusView } from './backup-views.js';
import { catalogFor } from './resource-catalog.js';
import { siteAt, siteCount } from './site-catalog.js';
import { countUnits } from './unit-status.js';
import { workloadOf } from './workloads.js';

const SettingsSchema = z
  .object({ protectAfterMs: z.number().int().min(0).max(86_400_000), jobCompleteAfterMs: z.number().int().min(0).max(86_400_000), failureRate: z.number().min(0).max(1) })
  .partial()
  .strict();
const BillingSchema = z.object({ state: z.enum(['ok', 'missing', 'unreadable']) }).strict();
const OtherControllerSchema = z.object({ active: z.boolean() }).strict();
const BASE = '/_devtenant/backup';

function tenantOf(ctx: RequestContext): Tenant {
  const tenant = ctx.app.state.tenants.find(ctx.params.tid ?? '');
  if (!tenant) throw new AdminError(404, 'DEVTENANT.TENANT_NOT_FOUND', `No tenant '${ctx.params.tid ?? ''}'.`);
  return tenant;
}

/** `{ serviceStatus, serviceApps, policies: [{ id, workload, status, units, byStatus }], jobs, duplicateUnitAdds }` */
export function backupSummary(app: DevTenantApp, tenant: Tenant): Record<string, unknown> {
  const state = app.state.backup;
  const backup = state.tenant(tenant.seed.tenantId);
  const now = Date.now();
  const policies = backup.policies.map((policy) => {
    const workload = workloadOf(policy.workload);
    const { total, byStatus } = countUnits({ now, settings: state.settings, policy, workload, catalog: catalogFor(tenant, workload) });
    return { id: policy.id, workload: policy.workload, displayName: policy.displayName, status: policy.activatedAt === null ? 'inactive' : 'active', units: total, byStatus };
  });
  return {
    tenantId: tenant.seed.tenantId,
    serviceStatus: { ...serviceStatusView(backup.serviceStatus), appOwnerTenantId: backup.serviceStatus.appOwnerTenantId },
    serviceApps: backup.serviceApps.map((a) => serviceAppView(a, now)),
    otherControllerActive: backup.otherControllerActive,
    policies,
    jobs: backup.policies.reduce((n, p) => n + p.jobs.length, 0),
    duplicateUnitAdds: backup.duplicateUnitAdds,
  };
}

/** Admin API for Microsoft 365 Backup: summary, reset, settings, billing, another controller, sites. */
export const backupAdminRoutes: Route[] = [
  { method: 'GET', path: `${BASE}/settings`, style: 'admin', handle: ({ app }) => jsonReply(200, app.state.backup.settings) },
  {
    method: 'PUT', path: `${BASE}/settings`, style: 'admin',
    handle: async (ctx) => {
      const settings = ctx.app.state.backup.settings;
      Object.assign(settings, await parseAdminBody(ctx, SettingsSchema));
      return jsonReply(200, settings);
    },
  },
  {
    method: 'PUT', path: `${BASE}/billing/:ownerTid`, style: 'admin',
    handle: async (ctx) => {
      const owner = ctx.params.ownerTid ?? '';
      if (!z.string().uuid().safeParse(owner).success) throw new AdminError(400, 'DEVTENANT.BAD_REQUEST', `'${owner}' is not a tenant id (GUID).`);
      const { state } = await parseAdminBody(ctx, BillingSchema);
      ctx.app.state.backup.setBilling(owner, state);
      return jsonReply(200, { ownerTenantId: owner.toLowerCase(), state });
    },
  },
  { method: 'GET', path: `${BASE}/:tid`, style: 'admin', handle: (ctx) => jsonReply(200, backupSummary(ctx.app, tenantOf(ctx))) },
  {
    method: 'DELETE', path: `${BASE}/:tid`, style: 'admin',
    handle: (ctx) => {
      ctx.app.state.backup.reset(tenantOf(ctx).seed.tenantId);
      return emptyReply(204);
    },
  },
  {
    method: 'PUT', path: `${BASE}/:tid/other-controller`, style: 'admin',
    handle: async (ctx) => {
      const tenant = tenantOf(ctx);
      const { active } = await parseAdminBody(ctx, OtherControllerSchema);
      ctx.app.state.backup.tenant(tenant.seed.tenantId).otherControllerActive = active;
      return jsonReply(200, { tenantId: tenant.seed.tenantId, otherControllerActive: active });
    },
  },
  {
    method: 'GET', path: `${BASE}/:tid/sites`, style: 'admin',
    handle: (ctx) => {
      const tenant = tenantOf(ctx);
      const total = siteCount(tenant);
      const skip = Math.max(0, Number(ctx.query.get('skip') ?? 0) || 0);
      const top = Math.min(1000, Math.max(1, Number(ctx.query.get('top') ?? 100) || 100));
      const sites = [];
      for (let i = skip; i < Math.min(total, skip + top); i += 1) sites.push(siteAt(tenant, i));
      return jsonReply(200, { total, sites });
    },
  },
];
