import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { AdminError } from '../http/admin-error.js';
import { jsonReply } from '../http/reply.js';
import type { Route } from '../http/route.js';
import { customerTenantSeed } from '../seed/tenant-seed.js';
import { TenantConflictError, type Tenant } from '../state/tenant-registry.js';
import { parseAdminBody } from './parse-body.js';

const CreateTenantSchema = z
  .object({
    displayName: z.string().min(1).max(256),
    domain: z.string().regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i, 'a DNS name such as contoso.onmicrosoft.com'),
    userCount: z.number().int().min(0).max(10_000_000),
    tenantId: z.string().uuid().optional(),
  })
  .strict();

/** A tenant as the admin API lists it. */
export function tenantSummary(tenant: Tenant, consented: boolean): Record<string, unknown> {
  const { seed, directory } = tenant;
  return {
    tenantId: seed.tenantId,
    displayName: seed.displayName,
    domain: seed.domain,
    kind: seed.kind,
    userCount: directory.count,
    consented,
    adminUpn: seed.kind === 'customer' ? `admin@${seed.domain}` : undefined,
  };
}

/** List tenants; create a customer tenant with lazily generated users (not consented). */
export const tenantsRoutes: Route[] = [
  {
    method: 'GET',
    path: '/_devtenant/tenants',
    style: 'admin',
    handle: ({ app }) =>
      jsonReply(200, { tenants: app.state.tenants.list().map((t) => tenantSummary(t, app.state.consents.get(t.seed.tenantId) !== undefined)) }),
  },
  {
    method: 'POST',
    path: '/_devtenant/tenants',
    style: 'admin',
    handle: async (ctx) => {
      const body = await parseAdminBody(ctx, CreateTenantSchema);
      const seed = customerTenantSeed({ ...body, tenantId: body.tenantId ?? randomUUID() });
      try {
        const tenant = ctx.app.state.tenants.add(seed);
        return jsonReply(201, { ...tenantSummary(tenant, false), tenantId: seed.tenantId });
      } catch (error) {
        if (error instanceof TenantConflictError) throw new AdminError(409, error.code, error.message);
        throw error;
      }
    },
  },
];
