import { customerTenantSeed, type NamedUserSeed, type TenantSeed } from './tenant-seed.js';

function staff(givenName: string, surname: string, role: NamedUserSeed['appRoles'], isGlobalAdmin = false): NamedUserSeed {
  const mailNickname = `${givenName}.${surname}`.toLowerCase();
  const jobTitle = role[0] ? `Backup ${role[0].split('.')[1]}` : 'Service Desk';
  return { givenName, surname, mailNickname, jobTitle, appRoles: role, isGlobalAdmin };
}

/** MSP A, home of the app registration. */
export const MSP_A: TenantSeed = {
  tenantId: '8a0b5d3e-1f2c-4e6a-9b7d-2c4e6f8a0b1c',
  displayName: 'Northwind Managed Services',
  domain: 'northwindmsp.onmicrosoft.com',
  kind: 'msp',
  userCount: 4,
  namedUsers: [
    staff('Ada', 'Admin', ['Backup.Admin'], true),
    staff('Oscar', 'Operator', ['Backup.Operator']),
    staff('Vera', 'Viewer', ['Backup.Viewer']),
    staff('Nora', 'NoRole', []),
  ],
  createdDateTime: '2017-03-14T09:26:53Z',
  consentedAtStart: true,
};

/** MSP B, a second MSP using the same multi-tenant app. */
export const MSP_B: TenantSeed = {
  tenantId: '3c9e7a51-6b2d-4f80-a1c3-5e7d9f1b3a25',
  displayName: 'Fabrikam Managed Services',
  domain: 'fabrikammsp.onmicrosoft.com',
  kind: 'msp',
  userCount: 1,
  namedUsers: [staff('Frank', 'Admin', ['Backup.Admin'], true)],
  createdDateTime: '2018-06-02T22:41:10Z',
  consentedAtStart: true,
};

/** Customer tenants; none has consented to the app at start. */
export const CUSTOMER_TENANTS: readonly TenantSeed[] = [
  customerTenantSeed({ tenantId: '5b0e2c7d-3a1f-4d6b-8e9c-0f1a2b3c4d5e', displayName: 'Tailspin Toys', domain: 'tailspintoys.onmicrosoft.com', userCount: 25, createdDateTime: '2019-02-11T03:15:00Z' }),
  customerTenantSeed({ tenantId: '7e3d1c9b-5f2a-4b8e-9d6c-1a2b3c4d5e6f', displayName: 'Wingtip Toys', domain: 'wingtiptoys.onmicrosoft.com', userCount: 2000, createdDateTime: '2016-09-30T11:02:44Z' }),
  customerTenantSeed({ tenantId: '9c4b2a1d-7e3f-4a5b-8c6d-2b3c4d5e6f70', displayName: 'Litware Inc', domain: 'litware.onmicrosoft.com', userCount: 100_000, createdDateTime: '2014-05-20T07:45:12Z' }),
  customerTenantSeed({ tenantId: '2f6a8c0e-4b1d-4e3f-a5c7-3c4d5e6f7081', displayName: 'Adventure Works', domain: 'adventureworks.onmicrosoft.com', userCount: 25, createdDateTime: '2020-11-08T18:30:05Z' }),
];

/** Every tenant devtenant starts with, MSPs first. */
export const SEED_TENANTS: readonly TenantSeed[] = [MSP_A, MSP_B, ...CUSTOMER_TENANTS];
