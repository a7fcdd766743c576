/** Microsoft 365 Backup's service status for a tenant. */
export type BackupServiceStatus = "disabled" | "enabled" | "protectionChangeLocked" | "restoreLocked" | "unknownFutureValue";

/** Our registration as a Backup controller in the customer's tenant. */
export interface ServiceAppRecord {
  id: string;
  status: "inactive" | "active" | "pendingActive" | "pendingInactive" | "unknownFutureValue";
  effectiveDateTime: string | null;
}

export interface PolicyRecord {
  id: string;
  status: "inactive" | "activeWithErrors" | "updating" | "active" | "unknownFutureValue";
}

export interface BulkJobRecord {
  id: string;
  displayName: string;
  status: "unknown" | "active" | "completed" | "completedWithErrors" | "unknownFutureValue";
  /** Resources Microsoft could not resolve, by the id or address we sent. */
  unresolved: Array<{ target: string; message: string }>;
}

export interface UnitRecord {
  id: string;
  directoryObjectId: string;
  status: string;
  errorMessage: string | null;
}

/**
 * Microsoft 365 Backup (Graph `/solutions/backupRestore`), as the use cases need it. Everything is
 * app-only except activating the service app, which Microsoft accepts only with a delegated token.
 */
export interface BackupPort {
  findServiceApp(tenantId: string, appId: string): Promise<ServiceAppRecord | null>;
  registerServiceApp(tenantId: string, appId: string): Promise<ServiceAppRecord>;
  activateServiceApp(tenantId: string, serviceAppId: string, delegatedToken: string): Promise<ServiceAppRecord>;
  getServiceStatus(tenantId: string): Promise<BackupServiceStatus>;
  enableService(tenantId: string, appOwnerTenantId: string): Promise<void>;
  findExchangePolicy(tenantId: string): Promise<PolicyRecord | null>;
  createExchangePolicy(tenantId: string, displayName: string): Promise<PolicyRecord>;
  activatePolicy(tenantId: string, policyId: string): Promise<void>;
  listMailboxBulkJobs(tenantId: string, policyId: string): Promise<BulkJobRecord[]>;
  createMailboxBulkJob(tenantId: string, policyId: string, displayName: string, directoryObjectIds: string[]): Promise<BulkJobRecord>;
  getMailboxBulkJob(tenantId: string, policyId: string, bulkJobId: string): Promise<BulkJobRecord>;
  /** Every unit of the policy, page by page. */
  listMailboxUnits(tenantId: string, policyId: string): AsyncIterable<UnitRecord[]>;
}

/** Microsoft's documented ceiling for one protection-units bulk addition job (protectionUnitsBulkJobBase, Graph docs: "a maximum of 50,000 protection resources in a single job"). */
export const maxResourcesPerBulkJob = 50_000;
