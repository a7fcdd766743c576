import { z } from "zod";

/** The MSP products a customer may hold (the guide's words). */
export const Product = z.enum(["Office 365", "Business365", "MPexchange"]);
export type Product = z.infer<typeof Product>;

/** Where the customer's tenant came from: already on file ("provisioned through Manage Protect") or typed in by staff. */
export const CustomerOrigin = z.enum(["manageProtect", "manual"]);
export type CustomerOrigin = z.infer<typeof CustomerOrigin>;

/**
 * Where the customer stands on the guide's path:
 * none (enter tenant ID) → saved (Authorise) → connected (Enable).
 */
export const ConnectionStatus = z.enum(["none", "saved", "connected"]);
export type ConnectionStatus = z.infer<typeof ConnectionStatus>;

export const Customer = z.object({
  id: z.string(),
  name: z.string(),
  product: Product,
  origin: CustomerOrigin,
  tenantId: z.string().nullable(),
  tenantDomain: z.string().nullable(),
  tenantDisplayName: z.string().nullable(),
  connection: ConnectionStatus,
  connectedAt: z.string().nullable(),
  connectedBy: z.string().nullable(),
  /** The last consent attempt's failure in plain words, cleared on success. */
  lastConsentError: z.string().nullable(),
  /** Microsoft 365 Backup accepted us as the tenant's backup controller (pendingActive: from `backupActiveFrom`). */
  backupActivation: z.enum(["active", "pendingActive"]).nullable(),
  backupActiveFrom: z.string().nullable(),
  /** Enable Auto: every user now and every future user is turned on at 20:00 Australia/Sydney. */
  autoEnable: z.boolean(),
  /** The next nightly run (ISO, UTC) while Enable Auto is on. */
  nextAutoRunAt: z.string().nullable(),
  /** The last nightly run for this customer and the job it started (see /jobs). */
  lastAutoRunAt: z.string().nullable(),
  lastAutoRunJobId: z.string().nullable(),
});
export type Customer = z.infer<typeof Customer>;

export const ListCustomersResponse = z.object({ customers: z.array(Customer) });
export type ListCustomersResponse = z.infer<typeof ListCustomersResponse>;

/** Enable Auto on or off. */
export const SetAutoEnableRequest = z.object({ on: z.boolean() }).strict();
export type SetAutoEnableRequest = z.infer<typeof SetAutoEnableRequest>;

/** Save: a tenant GUID or a verified domain such as contoso.onmicrosoft.com. */
export const SaveTenantRequest = z.object({
  tenant: z.string().trim().min(1, "Enter the Office 365 tenant ID or domain.").max(253),
});
export type SaveTenantRequest = z.infer<typeof SaveTenantRequest>;
