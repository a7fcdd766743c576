import type { DevTenantApp } from '../app-context.js';
import type { Tenant } from '../state/tenant-registry.js';
import type { PickerGroup } from './pages/account-picker.page.js';
import type { TenantSegment } from './resolve-tenant.js';

/** Hints from the authorize request that decide which organisation is listed first. */
export type AccountHints = { loginHint?: string; domainHint?: string };

function groupOf(tenant: Tenant): PickerGroup {
  const accounts = [];
  for (let i = 0; i < tenant.seed.namedUsers.length; i += 1) {
    const user = tenant.directory.at(i);
    if (!user) continue;
    const role = tenant.seed.kind === 'msp'
      ? user.appRoles.join(', ') || 'No app role'
      : user.isGlobalAdmin ? 'Global Administrator' : 'Member';
    accounts.push({ value: `${tenant.seed.tenantId}:${i}`, displayName: user.displayName, userPrincipalName: user.userPrincipalName, role });
  }
  return { displayName: tenant.seed.displayName, domain: tenant.seed.domain, accounts };
}

function matchesHint(tenant: Tenant, segment: TenantSegment, hints: AccountHints): boolean {
  const domain = tenant.seed.domain;
  if (segment.kind === 'tenant' && segment.id === tenant.seed.tenantId) return true;
  if (hints.domainHint?.toLowerCase() === domain) return true;
  return hints.loginHint?.toLowerCase().endsWith(`@${domain}`) ?? false;
}

/**
 * The accounts the picker offers: an MSP tenant lists its staff; a customer tenant or
 * organizations/common lists customer organisations (the hinted one first), and the multi-tenant
 * endpoints then add the MSPs' staff so staff can sign in there too.
 */
export function listAccounts(app: DevTenantApp, segment: TenantSegment, hints: AccountHints): PickerGroup[] {
  if (segment.kind === 'tenant' && segment.tenant.seed.kind === 'msp') return [groupOf(segment.tenant)];
  const all = app.state.tenants.list();
  const customers = all.filter((t) => t.seed.kind === 'customer');
  const first = customers.filter((t) => matchesHint(t, segment, hints));
  const rest = customers.filter((t) => !first.includes(t));
  const msps = segment.kind === 'multi' ? all.filter((t) => t.seed.kind === 'msp') : [];
  return [...first, ...rest, ...msps].map(groupOf).filter((g) => g.accounts.length > 0);
}
