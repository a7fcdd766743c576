import type { DevTenantApp } from '../app-context.js';
import { AadError } from '../http/aad-error.js';
import { PageError } from '../http/page-error.js';
import type { Tenant } from '../state/tenant-registry.js';

/** What a `{tenant}` path segment names: one tenant, or the multi-tenant `organizations`/`common`. */
export type TenantSegment = { kind: 'tenant'; tenant: Tenant; id: string } | { kind: 'multi'; name: 'organizations' | 'common'; id: string };

function notFoundMessage(segment: string): string {
  return (
    `Tenant '${segment}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud. ` +
    'Check with your subscription administrator, this may happen if there are no active subscriptions for the tenant.'
  );
}

/** Resolves a tenant segment (GUID, verified domain, organizations, common) or throws AADSTS90002. */
export function resolveTenantSegment(app: DevTenantApp, segment: string, as: 'aad' | 'page' = 'aad'): TenantSegment {
  const lower = segment.toLowerCase();
  if (lower === 'organizations' || lower === 'common') return { kind: 'multi', name: lower, id: lower };
  const tenant = app.state.tenants.find(lower);
  if (tenant) return { kind: 'tenant', tenant, id: tenant.seed.tenantId };
  if (as === 'page') throw new PageError(400, 90002, notFoundMessage(segment));
  throw new AadError(400, 'invalid_tenant', 90002, notFoundMessage(segment));
}

/** The v2 issuer of a tenant: `https://127.0.0.1:P/{tid}/v2.0`. */
export function issuerFor(app: DevTenantApp, tenantId: string): string {
  return `${app.url}/${tenantId}/v2.0`;
}
