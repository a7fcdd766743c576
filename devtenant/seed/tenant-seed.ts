import type { AppRoleName } from './app-registration.js';

/** Whether a tenant belongs to an MSP (staff sign in there) or to one of their customers. */
export type TenantKind = 'msp' | 'customer';

/** A user with a fixed name and place at the start of a tenant's directory (staff, admin, Megan). */
export type NamedUserSeed = {
  givenName: string;
  surname: string;
  mailNickname: string;
  jobTitle: string;
  appRoles: readonly AppRoleName[];
  isGlobalAdmin: boolean;
};

/** Everything needed to produce a tenant and its users deterministically. */
export type TenantSeed = {
  tenantId: string;
  displayName: string;
  domain: string;
  kind: TenantKind;
  userCount: number;
  namedUsers: readonly NamedUserSeed[];
  createdDateTime: string;
  consentedAtStart: boolean;
};

/** The Global Administrator and the ordinary member every customer tenant starts with. */
export function customerNamedUsers(displayName: string): NamedUserSeed[] {
  const first = displayName.split(/\s+/)[0] ?? displayName;
  return [
    { givenName: first, surname: 'Admin', mailNickname: 'admin', jobTitle: 'IT Administrator', appRoles: [], isGlobalAdmin: true },
    { givenName: 'Megan', surname: 'Bowen', mailNickname: 'megan', jobTitle: 'Marketing Manager', appRoles: [], isGlobalAdmin: false },
  ];
}

/** A customer tenant seed with the standard named users. */
export function customerTenantSeed(input: { tenantId: string; displayName: string; domain: string; userCount: number; createdDateTime?: string }): TenantSeed {
  return {
    tenantId: input.tenantId.toLowerCase(),
    displayName: input.displayName,
    domain: input.domain.toLowerCase(),
    kind: 'customer',
    userCount: input.userCount,
    namedUsers: customerNamedUsers(input.displayName),
    createdDateTime: input.createdDateTime ?? new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
    consentedAtStart: false,
  };
}
