import type { Workload } from "../ports/backup.port.js";

/** The MSP products a customer may hold, in the guide's words. */
export const products = ["Office 365", "Business365", "MPexchange"] as const;
export type Product = (typeof products)[number];

/** Already on file in the MSP's portal ("provisioned through Manage Protect"), or typed in by staff. */
export type CustomerOrigin = "manageProtect" | "manual";

/** The guide's path for a tenant: enter the ID (none) → Save (saved) → Authorise (connected) → Enable. */
export type ConnectionStatus = "none" | "saved" | "connected";

/** A customer of the MSP, partitioned by the MSP's own Entra tenant so MSPs never see each other's. */
export interface Customer {
  mspTenantId: string;
  id: string;
  name: string;
  product: Product;
  origin: CustomerOrigin;
  tenantId: string | null;
  tenantDomain: string | null;
  tenantDisplayName: string | null;
  connection: ConnectionStatus;
  connectedAt: string | null;
  connectedBy: string | null;
  lastConsentError: string | null;
  /** Our Microsoft 365 Backup controller registration in the tenant: active, or pendingActive until `backupActiveFrom`. */
  backupActivation: "active" | "pendingActive" | null;
  backupActiveFrom: string | null;
  /** Enable Auto: on since `autoEnabledAt`; the last nightly run it took part in and the job that run started. */
  autoEnable: boolean;
  autoEnabledAt: string | null;
  lastAutoRunAt: string | null;
  lastAutoRunJobId: string | null;
  /**
   * The tenant's Microsoft 365 Backup set-up as our last job left it: Backup enabled and these policies active. A job
   * that finds every policy it needs here skips the set-up reads; if Microsoft no longer has one, the job forgets them.
   */
  activePolicyIds: Partial<Record<Workload, string>>;
  /** Concurrency token from storage; writes that carry a stale one are refused. */
  etag?: string;
}

/** Whether staff may still change the tenant: never for one on file, never once connected. */
export function canChangeTenant(customer: Customer): boolean {
  return customer.origin === "manual" && customer.connection !== "connected";
}
