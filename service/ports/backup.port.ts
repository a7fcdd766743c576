/** Microsoft 365 Backup's service status for a tenant. */
export type BackupServiceStatus = "disabled" | "enabled" | "protectionChangeLocked" | "restoreLocked" | "unknownFutureValue";

/** The three Microsoft 365 Backup workloads: mailboxes, OneDrive for Business drives, SharePoint sites. */
export const workloads = ["exchange", "oneDriveForBusiness", "sharePoint"] as const;
export type Workload = (typeof workloads)[number];

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

/** A protection unit: the resource is a user (mailbox, drive: its directoryObjectId) or a site (its siteId). */
export interface UnitRecord {
  id: string;
  resourceId: string;
  /** The user's display name, or the site's name (null when Microsoft has none). */
  displayName: string | null;
  status: string;
  errorMessage: string | null;
}

/**
 * Microsoft 365 Backup (Graph `/solutions/backupRestore`), as the use cases need it. Everything is
 * app-only except activating the service app, which Microsoft accepts only with a delegated token.
 * Policy, bulk-job and unit calls take the workload; the adapter maps it to Graph's collection names.
 */
export interface BackupPort {
  findServiceApp(tenantId: string, appId: string): Promise<ServiceAppRecord | null>;
  registerServiceApp(tenantId: string, appId: string): Promise<ServiceAppRecord>;
  activateServiceApp(tenantId: string, serviceAppId: string, delegatedToken: string): Promise<ServiceAppRecord>;
  getServiceStatus(tenantId: string): Promise<BackupServiceStatus>;
  enableService(tenantId: string, appOwnerTenantId: string): Promise<void>;
  /** The tenant's one policy of this workload (Microsoft allows one), or null. */
  findPolicy(tenantId: string, workload: Workload): Promise<PolicyRecord | null>;
  createPolicy(tenantId: string, workload: Workload, displayName: string): Promise<PolicyRecord>;
  activatePolicy(tenantId: string, policyId: string): Promise<void>;
  listBulkJobs(tenantId: string, workload: Workload, policyId: string): Promise<BulkJobRecord[]>;
  /** A bulk addition job: user ids (directoryObjectIds) for mailboxes and drives, site ids (siteIds) for SharePoint. */
  createBulkJob(tenantId: string, workload: Workload, policyId: string, displayName: string, resourceIds: string[]): Promise<BulkJobRecord>;
  getBulkJob(tenantId: string, workload: Workload, policyId: string, bulkJobId: string): Promise<BulkJobRecord>;
  /** Every unit of the policy, page by page. */
  listUnits(tenantId: string, workload: Workload, policyId: string): AsyncIterable<UnitRecord[]>;
}

/** Microsoft's documented ceiling for one protection-units bulk addition job (protectionUnitsBulkJobBase, Graph docs: "a maximum of 50,000 protection resources in a single job"). */
export const maxResourcesPerBulkJob = 50_000;
