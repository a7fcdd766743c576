/** The three Microsoft 365 Backup workloads. */
export type WorkloadKey = 'exchange' | 'oneDriveForBusiness' | 'sharePoint';

/** Graph names for one workload: its policy collection, unit collection and bulk-job collection. */
export type Workload = {
  key: WorkloadKey;
  /** backupRestoreRoot navigation, e.g. `exchangeProtectionPolicies`. */
  policies: string;
  policyType: string;
  /** e.g. `mailboxProtectionUnits` (also the `@delta` property on PATCH). */
  units: string;
  unitType: string;
  /** e.g. `mailboxProtectionUnitsBulkAdditionJobs`. */
  jobs: string;
  jobType: string;
  /** Bulk-job list of ids (`directoryObjectIds` / `siteIds`) and of names (`mailboxes` / `drives` / `siteWebUrls`). */
  jobIdsField: 'directoryObjectIds' | 'siteIds';
  jobNamesField: 'mailboxes' | 'drives' | 'siteWebUrls';
  /** Inline unit item properties: by id and by name. */
  itemIdField: 'directoryObjectId' | 'siteId';
  itemNameField: 'email' | 'siteWebUrl';
  /** Where resources are resolved: the tenant's users or its (generated) SharePoint sites. */
  catalog: 'users' | 'sites';
  /** publicError code of a unit or job detail whose resource cannot be found. */
  notFoundCode: 'MailboxNotFound' | 'DriveNotFound' | 'SiteNotFound';
  noun: 'mailbox' | 'drive' | 'site';
};

/** Exchange, OneDrive for Business and SharePoint, with the names Graph v1.0 uses for them. */
export const WORKLOADS: readonly Workload[] = [
  {
    key: 'exchange', policies: 'exchangeProtectionPolicies', policyType: 'exchangeProtectionPolicy',
    units: 'mailboxProtectionUnits', unitType: 'mailboxProtectionUnit',
    jobs: 'mailboxProtectionUnitsBulkAdditionJobs', jobType: 'mailboxProtectionUnitsBulkAdditionJob',
    jobIdsField: 'directoryObjectIds', jobNamesField: 'mailboxes', itemIdField: 'directoryObjectId', itemNameField: 'email',
    catalog: 'users', notFoundCode: 'MailboxNotFound', noun: 'mailbox',
  },
  {
    key: 'oneDriveForBusiness', policies: 'oneDriveForBusinessProtectionPolicies', policyType: 'oneDriveForBusinessProtectionPolicy',
    units: 'driveProtectionUnits', unitType: 'driveProtectionUnit',
    jobs: 'driveProtectionUnitsBulkAdditionJobs', jobType: 'driveProtectionUnitsBulkAdditionJob',
    jobIdsField: 'directoryObjectIds', jobNamesField: 'drives', itemIdField: 'directoryObjectId', itemNameField: 'email',
    catalog: 'users', notFoundCode: 'DriveNotFound', noun: 'drive',
  },
  {
    key: 'sharePoint', policies: 'sharePointProtectionPolicies', policyType: 'sharePointProtectionPolicy',
    units: 'siteProtectionUnits', unitType: 'siteProtectionUnit',
    jobs: 'siteProtectionUnitsBulkAdditionJobs', jobType: 'siteProtectionUnitsBulkAdditionJob',
    jobIdsField: 'siteIds', jobNamesField: 'siteWebUrls', itemIdField: 'siteId', itemNameField: 'siteWebUrl',
    catalog: 'sites', notFoundCode: 'SiteNotFound', noun: 'site',
  },
];

/** A workload by key (always defined for a valid key). */
export function workloadOf(key: WorkloadKey): Workload {
  return WORKLOADS.find((w) => w.key === key) as Workload;
}

/** The base path of every backup route. */
export const BACKUP_ROOT = '/v1.0/solutions/backupRestore';
