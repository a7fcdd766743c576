import type { Customer, CustomerStore } from "../../service/index.js";

const mspA = "8a0b5d3e-1f2c-4e6a-9b7d-2c4e6f8a0b1c";
const mspB = "3c9e7a51-6b2d-4f80-a1c3-5e7d9f1b3a25";

const blank = { tenantDisplayName: null, connectedAt: null, connectedBy: null, lastConsentError: null, backupActivation: null, backupActiveFrom: null, autoEnable: false, autoEnabledAt: null, lastAutoRunAt: null, lastAutoRunJobId: null, activePolicyIds: {} } as const;
const onFile = (tenantId: string, tenantDomain: string) => ({ origin: "manageProtect", tenantId, tenantDomain, connection: "saved", ...blank }) as const;
const manual = { origin: "manual", tenantId: null, tenantDomain: null, connection: "none", ...blank } as const;

/** Local mode's MSP portal data: customers as the MSP's own systems (Manage Protect) would list them. */
export const localCustomers: Customer[] = [
  { mspTenantId: mspA, id: "tailspin-toys", name: "Tailspin Toys", product: "Office 365", ...onFile("5b0e2c7d-3a1f-4d6b-8e9c-0f1a2b3c4d5e", "tailspintoys.onmicrosoft.com") },
  { mspTenantId: mspA, id: "wingtip-toys", name: "Wingtip Toys", product: "Business365", ...manual },
  { mspTenantId: mspA, id: "litware", name: "Litware Inc", product: "MPexchange", ...manual },
  { mspTenantId: mspA, id: "proseware", name: "Proseware", product: "Office 365", ...manual },
  { mspTenantId: mspA, id: "contoso-dental", name: "Contoso Dental", product: "Business365", ...manual },
  { mspTenantId: mspB, id: "adventure-works", name: "Adventure Works", product: "Office 365", ...onFile("2f6a8c0e-4b1d-4e3f-a5c7-3c4d5e6f7081", "adventureworks.onmicrosoft.com") },
];

/** Writes the local customers unless present (idempotent: restarts keep what staff changed). */
export async function seedLocalCustomers(customers: CustomerStore): Promise<void> {
  await Promise.all(localCustomers.map((customer) => customers.createIfAbsent(customer)));
}
