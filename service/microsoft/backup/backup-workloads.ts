import type { Workload } from "../../ports/backup.port.js";

/** Graph's names for one workload under /solutions/backupRestore. */
export interface WorkloadNames {
  policies: string;
  units: string;
  bulkJobs: string;
  /** The bulk job's list of resource ids. */
  idsField: "directoryObjectIds" | "siteIds";
  /** The unit's resource id and display-name properties. */
  unitId: "directoryObjectId" | "siteId";
  unitName: "displayName" | "siteName";
  /** The create request's inline unit collection (sent empty: every resource goes through bulk jobs). */
  inline: string;
}

/** The Graph v1.0 names of each workload (backupRestoreRoot navigations, protection unit and bulk job types). */
export const workloadNames: Record<Workload, WorkloadNames> = {
  exchange: {
    policies: "exchangeProtectionPolicies", units: "mailboxProtectionUnits", bulkJobs: "mailboxProtectionUnitsBulkAdditionJobs",
    idsField: "directoryObjectIds", unitId: "directoryObjectId", unitName: "displayName", inline: "mailboxProtectionUnits",
  },
  oneDriveForBusiness: {
    policies: "oneDriveForBusinessProtectionPolicies", units: "driveProtectionUnits", bulkJobs: "driveProtectionUnitsBulkAdditionJobs",
    idsField: "directoryObjectIds", unitId: "directoryObjectId", unitName: "displayName", inline: "driveProtectionUnits",
  },
  sharePoint: {
    policies: "sharePointProtectionPolicies", units: "siteProtectionUnits", bulkJobs: "siteProtectionUnitsBulkAdditionJobs",
    idsField: "siteIds", unitId: "siteId", unitName: "siteName", inline: "siteProtectionUnits",
  },
};
