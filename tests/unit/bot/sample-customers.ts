import type { Customer, Staff } from "../../../service/index.js";

/** The MSP tenant the samples belong to. */
export const mspTenantId = "11111111-2222-3333-4444-555555555555";

/** A customer at each place on the guide's path, plus names that make matching interesting. */
export function sampleCustomers(msp = mspTenantId): Customer[] {
  const base = { mspTenantId: msp, tenantId: null, tenantDomain: null, tenantDisplayName: null, connectedAt: null, connectedBy: null, lastConsentError: null, backupActivation: null, backupActiveFrom: null, autoEnable: false, autoEnabledAt: null, lastAutoRunAt: null, lastAutoRunJobId: null, activePolicyIds: {} };
  return [
    { ...base, id: "c-wingtip", name: "Wingtip Toys", product: "Office 365", origin: "manageProtect", tenantId: "aaaaaaaa-0000-0000-0000-000000000001", tenantDomain: "wingtiptoys.onmicrosoft.com", connection: "saved" },
    {
      ...base,
      id: "c-contoso",
      name: "Contoso",
      product: "Business365",
      origin: "manual",
      tenantId: "aaaaaaaa-0000-0000-0000-000000000002",
      tenantDomain: "contoso.onmicrosoft.com",
      tenantDisplayName: "Contoso Ltd",
      connection: "connected",
      connectedAt: "2025-03-04T09:30:00.000Z",
      connectedBy: "alex@msp.example",
      backupActivation: "pendingActive",
      backupActiveFrom: "2025-03-20T00:00:00Z",
    },
    { ...base, id: "c-fabrikam", name: "Fabrikam [AU] *Pty*", product: "MPexchange", origin: "manual", tenantId: "aaaaaaaa-0000-0000-0000-000000000003", connection: "saved", lastConsentError: "The admin signed in to another tenant." },
    { ...base, id: "c-northwind-1", name: "Northwind Traders", product: "Office 365", origin: "manual", connection: "none" },
    { ...base, id: "c-northwind-2", name: "Northwind Health", product: "Business365", origin: "manual", connection: "none" },
  ];
}

/** Staff of the sample MSP in each role. */
export function sampleStaff(role: Staff["role"], msp = mspTenantId): Staff {
  const oids = { admin: "a0000000-0000-0000-0000-00000000000a", operator: "b0000000-0000-0000-0000-00000000000b", viewer: "c0000000-0000-0000-0000-00000000000c" };
  return { mspTenantId: msp, oid: oids[role], name: `${role} person`, userPrincipalName: `${role}@msp.example`, role };
}
